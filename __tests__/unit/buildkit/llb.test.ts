/** LLB marshalled as BuildKit's Go client marshals it (src/buildkit/llb.ts). */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LlbDefinition, marshalOp } from '../../../src/buildkit/llb.js';
import { decodeMessage, encodeMessage } from '../../../src/buildkit/proto/registry.js';

describe('marshalOp', () => {
  it('writes inputs, platform and the empty constraints before the op, as the Go marshaller does', () => {
    const input = { digest: `sha256:${'0'.repeat(64)}`, index: '0' };
    const op = marshalOp({
      inputs: [input],
      platform: { OS: 'linux', Architecture: 'amd64' },
      file: { actions: [{ input: '-1', secondaryInput: '0', output: '0', mkdir: { path: '/x', mode: 0o755 } }] },
    });
    const inputs = encodeMessage('pb.Op', { inputs: [input] });
    const platform = encodeMessage('pb.Op', { platform: { OS: 'linux', Architecture: 'amd64' } });
    // field 11 (constraints), an empty message
    expect(op.subarray(0, inputs.length)).toEqual(inputs);
    expect(op.subarray(inputs.length, inputs.length + platform.length)).toEqual(platform);
    expect(op.subarray(inputs.length + platform.length, inputs.length + platform.length + 2).toString('hex')).toBe(
      '5a00',
    );
    expect(decodeMessage<Record<string, unknown>>('pb.Op', op)).toMatchObject({ op: 'file', constraints: {} });
  });

  it("writes a source's attributes in key order", () => {
    const a = marshalOp({ source: { identifier: 'git://h/r', attrs: { b: '2', a: '1', c: '3' } } });
    const b = marshalOp({ source: { identifier: 'git://h/r', attrs: { c: '3', a: '1', b: '2' } } });
    expect(a).toEqual(b);
    const decoded = decodeMessage<{ source: { attrs: Record<string, string> } }>('pb.Op', a);
    expect(Object.keys(decoded.source.attrs)).toEqual(['a', 'b', 'c']); // in the order they are on the wire
  });
});

describe('LlbDefinition', () => {
  const sha = (b: Uint8Array) => `sha256:${crypto.createHash('sha256').update(b).digest('hex')}`;

  it('ops once each, in order, closed by the terminal op with the caps State.Marshal gives it', () => {
    const b = new LlbDefinition();
    const src = { source: { identifier: 'docker-image://docker.io/library/busybox:latest' } };
    const d1 = b.add(src, { caps: { 'source.image': true } });
    expect(b.add(src)).toBe(d1);
    const def = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, { caps?: Record<string, boolean> }> }>(
      'pb.Definition',
      b.marshal(d1),
    );
    expect(def.def).toHaveLength(2);
    expect(sha(def.def[0])).toBe(d1);
    const terminal = decodeMessage<{ inputs: Array<{ digest: string }> }>('pb.Op', def.def[1]);
    expect(terminal.inputs.map((i) => i.digest)).toEqual([d1]);
    expect(def.metadata[sha(def.def[1])].caps).toEqual({ constraints: true, platform: true });
  });

  it('the terminal op records meta.description when an op has a description', () => {
    const b = new LlbDefinition();
    const d = b.add({ source: { identifier: 'git://h/r' } }, { description: { 'llb.customname': 'x' } });
    const def = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, { caps?: Record<string, boolean> }> }>(
      'pb.Definition',
      b.marshal(d),
    );
    expect(def.metadata[sha(def.def[1])].caps).toEqual({
      constraints: true,
      platform: true,
      'meta.description': true,
    });
  });
});
