/**
 * A failed RUN as buildkitd reports it (the google.rpc.Status with BuildKit's typed details, in a grpc-js error's
 * trailers) and the Dockerfile it points into, shared by the errdefs tests.
 */
import * as grpc from '@grpc/grpc-js';
import { encodeRpcStatus, type RpcStatus } from '../../../../src/buildkit/proto/rpc-status.js';

export const DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'FROM alpine:3.20 AS base',
  'RUN apk add --no-cache \\',
  '    curl',
  'RUN exit 3',
  'COPY . /src',
  'WORKDIR /src',
  'CMD ["./app"]',
  '',
].join('\n');

export const VERTEX = 'sha256:4be1f5a1d1b3c1cd0c6f4c2b2b9ab5b3c0e6e0c4bd7e18b6b8a1c6bd5e7f1a22';
export const MESSAGE = 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3';

/** A detail as BuildKit's grpcerrors.ToGRPC writes it: Go encoding/json of the record, in an Any. */
export const jsonDetail = (kind: string, value: unknown) => ({
  type_url: `github.com/moby/buildkit/${kind}+json`,
  value: Buffer.from(JSON.stringify(value)),
});

/** The details of a failed RUN as buildkitd sends them (shape checked against BuildKit's Go types). */
export function runFailureStatus(): RpcStatus {
  return {
    code: grpc.status.UNKNOWN,
    message: MESSAGE,
    details: [
      jsonDetail('stack.Stack', {
        frames: [{ Name: 'github.com/moby/buildkit/solver.(*edge).execOp', File: '/src/solver/edge.go', Line: 963 }],
        cmdline: ['buildkitd'],
        pid: 1,
        version: 'v0.25.0',
        revision: '6d05f0c',
      }),
      jsonDetail('errdefs.Solve', {
        inputIDs: ['i8ngajbs3wnspqbdwvdvmjq9z'],
        mountIDs: ['z9yvn4pe6ypdv4fb9s3g7c2ml'],
        op: {
          inputs: [{ digest: 'sha256:0c2b0a9f8e6d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b', index: 0 }],
          Op: {
            exec: {
              meta: {
                args: ['/bin/sh', '-c', 'exit 3'],
                env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
                cwd: '/',
              },
              mounts: [{ input: 0, dest: '/', output: 0 }],
            },
          },
          platform: { Architecture: 'amd64', OS: 'linux' },
          constraints: {},
        },
        description: { 'llb.customname': '[base 3/3] RUN exit 3' },
      }),
      jsonDetail('errdefs.Vertex', { digest: VERTEX }),
      jsonDetail('errdefs.Source', {
        info: {
          filename: 'Dockerfile',
          data: Buffer.from(DOCKERFILE).toString('base64'),
          language: 'Dockerfile',
          definition: { def: ['Ek0KSWxvY2FsOi8vZG9ja2VyZmlsZQ=='], metadata: {} },
        },
        // Go omits zero values: no `character`.
        ranges: [{ start: { line: 5 }, end: { line: 5 } }],
      }),
      jsonDetail('gatewayapi.ExitMessage', { Code: 3 }),
      { type_url: 'type.googleapis.com/google.rpc.DebugInfo', value: Buffer.from([0x0a, 0x01, 0x78]) },
    ],
  };
}

/** A grpc-js error as the client library delivers it, with the binary Status in its trailers. */
export function serviceError(status: RpcStatus, withDetails = true): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  if (withDetails) metadata.set('grpc-status-details-bin', encodeRpcStatus(status));
  const code = status.code ?? grpc.status.UNKNOWN;
  return Object.assign(new Error(`${code} ${grpc.status[code]}: ${status.message}`), {
    code,
    details: status.message ?? '',
    metadata,
  });
}

export const SNIPPET_LINE_5 = [
  'Dockerfile:5',
  '--------------------',
  '   3 |     RUN apk add --no-cache \\',
  '   4 |         curl',
  '   5 | >>> RUN exit 3',
  '   6 |     COPY . /src',
  '   7 |     WORKDIR /src',
  '--------------------',
];
