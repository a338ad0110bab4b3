/**
 * The generated message types say what the registry's encoder takes and its decoder gives: checked by the type
 * checker (expectTypeOf, and @ts-expect-error lines that must stay errors) and, for the decoded forms, on the values.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ControlMethods } from '../../../../src/buildkit/proto/control.pb.js';
import type { ServiceClient } from '../../../../src/buildkit/proto/grpc-service.js';
import type { LLBBridgeMethods, Result } from '../../../../src/buildkit/proto/gateway.pb.js';
import { decodeMessage, encodeMessage } from '../../../../src/buildkit/proto/registry.js';
import { PolicyAction } from '../../../../src/buildkit/proto/sourcepolicy.pb.js';

describe('generated message types', () => {
  it('decode int64 fields as decimal strings, bytes as Buffers and a oneof as the name of its member', () => {
    const bytes = encodeMessage('fsutil.types.Packet', {
      stat: { path: 'a', size: 5, modTime: '1700000000123456789' },
      data: Buffer.from('x'),
    });
    const packet = decodeMessage('fsutil.types.Packet', bytes);
    expectTypeOf(packet.stat!.size).toEqualTypeOf<string | undefined>();
    expect(packet.stat!.size).toBe('5');
    expect(packet.stat!.modTime).toBe('1700000000123456789');
    expect(Buffer.isBuffer(packet.data)).toBe(true);

    const result = decodeMessage(
      'moby.buildkit.v1.frontend.Result',
      encodeMessage('moby.buildkit.v1.frontend.Result', { ref: { id: 'r' } }),
    );
    expectTypeOf(result.result).toEqualTypeOf<'refDeprecated' | 'refsDeprecated' | 'ref' | 'refs' | undefined>();
    expect(result).toEqual({ ref: { id: 'r' }, result: 'ref', metadata: {}, attestations: {} });
    expectTypeOf<Result['metadata']>().toEqualTypeOf<Record<string, Buffer> | undefined>();
  });

  it('encode enum values given by name or number', () => {
    const byName = encodeMessage('moby.buildkit.v1.sourcepolicy.Policy', { rules: [{ action: 'CONVERT' }] });
    const byNumber = encodeMessage('moby.buildkit.v1.sourcepolicy.Policy', {
      rules: [{ action: PolicyAction.CONVERT }],
    });
    expect(byName).toEqual(byNumber);
    // @ts-expect-error: not a field of Policy
    encodeMessage('moby.buildkit.v1.sourcepolicy.Policy', { rulez: [] });
  });

  it('type a client by method name', () => {
    /* eslint-disable @typescript-eslint/unbound-method -- types only: no method is called */
    const bridge = {} as ServiceClient<LLBBridgeMethods>;
    const control = {} as ServiceClient<ControlMethods>;
    expectTypeOf(bridge.unary<'ReadFile'>)
      .parameter(1)
      .toHaveProperty('FilePath');
    expectTypeOf(bridge.unary<'ReadFile'>).returns.toEqualTypeOf<Promise<{ Data?: Buffer }>>();
    // @ts-expect-error: LLBBridge has no such method
    expectTypeOf(bridge.unary<'Status'>);
    expectTypeOf(control.serverStream<'Status'>)
      .parameter(1)
      .toHaveProperty('Ref');
    // @ts-expect-error: Solve is unary, not a stream
    expectTypeOf(control.serverStream<'Solve'>);
    /* eslint-enable @typescript-eslint/unbound-method */
  });
});
