/**
 * BuildKit's typed error details read from a failed call's trailers or a Status we hold: every record kind, and
 * tolerance of missing fields, bad JSON and a missing or corrupt trailer.
 */
import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { decodeGrpcErrorDetails } from '../../../../src/buildkit/errdefs/details.js';
import { decodeRpcStatus, encodeRpcStatus, type RpcStatus } from '../../../../src/buildkit/proto/rpc-status.js';
import { DOCKERFILE, jsonDetail, MESSAGE, runFailureStatus, serviceError, VERTEX } from './fixtures.js';

describe('decodeGrpcErrorDetails', () => {
  it('reads every typed detail from grpc-status-details-bin', () => {
    const d = decodeGrpcErrorDetails(serviceError(runFailureStatus()));
    expect(d.code).toBe(grpc.status.UNKNOWN);
    expect(d.message).toBe(MESSAGE);
    expect(d.vertexDigests).toEqual([VERTEX]);
    expect(d.exitCode).toBe(3);
    expect(d.sources).toEqual([
      {
        filename: 'Dockerfile',
        data: Buffer.from(DOCKERFILE),
        language: 'Dockerfile',
        ranges: [{ start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }],
      },
    ]);
    expect(d.solves).toHaveLength(1);
    expect(d.solves[0].command).toEqual(['/bin/sh', '-c', 'exit 3']);
    expect(d.solves[0].inputIDs).toEqual(['i8ngajbs3wnspqbdwvdvmjq9z']);
    expect(d.solves[0].description).toEqual({ 'llb.customname': '[base 3/3] RUN exit 3' });
    expect(d.stacks).toHaveLength(1);
    expect(d.other.map((o) => o.typeUrl)).toEqual(['type.googleapis.com/google.rpc.DebugInfo']);
  });

  it('reads a google.rpc.Status we already hold (gateway Return / Solve error)', () => {
    const fromGateway = decodeRpcStatus(encodeRpcStatus(runFailureStatus()));
    const d = decodeGrpcErrorDetails(fromGateway);
    expect(d.exitCode).toBe(3);
    expect(d.vertexDigests).toEqual([VERTEX]);
    // proto3 JSON form (bytes as base64 text) is accepted too.
    const asJson: RpcStatus = {
      code: 2,
      message: 'm',
      details: [
        {
          type_url: 'github.com/moby/buildkit/gatewayapi.ExitMessage+json',
          value: Buffer.from('{"Code":137}').toString('base64'),
        },
      ],
    };
    expect(decodeGrpcErrorDetails(asJson).exitCode).toBe(137);
  });

  it('tolerates missing fields, bad JSON and a missing or corrupt trailer', () => {
    const d = decodeGrpcErrorDetails({
      code: 2,
      details: [
        jsonDetail('errdefs.Source', { ranges: [{ start: {} }] }),
        jsonDetail('errdefs.Vertex', {}),
        jsonDetail('errdefs.Solve', { op: { Op: { file: { actions: [] } } }, Subject: { file: { index: 2 } } }),
        jsonDetail('gatewayapi.ExitMessage', {}),
        { type_url: 'github.com/moby/buildkit/errdefs.Vertex+json', value: Buffer.from('{not json') },
        {},
      ],
    });
    expect(d.message).toBe('');
    expect(d.sources).toEqual([
      {
        filename: '',
        data: Buffer.alloc(0),
        language: '',
        ranges: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
      },
    ]);
    expect(d.vertexDigests).toEqual([]);
    expect(d.solves).toEqual([
      { inputIDs: [], mountIDs: [], op: { Op: { file: { actions: [] } } }, fileActionIndex: 2 },
    ]);
    expect(d.exitCode).toBe(0);
    expect(d.other).toHaveLength(2);

    const bare = decodeGrpcErrorDetails(
      serviceError({ code: grpc.status.UNAVAILABLE, message: 'connection closed' }, false),
    );
    expect(bare).toMatchObject({ code: grpc.status.UNAVAILABLE, message: 'connection closed', sources: [] });

    const corrupt = serviceError({ code: grpc.status.INTERNAL, message: 'boom' }, false);
    corrupt.metadata.set('grpc-status-details-bin', Buffer.from([0xff, 0xff, 0xff]));
    expect(decodeGrpcErrorDetails(corrupt)).toMatchObject({ code: grpc.status.INTERNAL, message: 'boom' });
  });
});
