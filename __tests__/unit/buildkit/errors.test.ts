import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import {
  SolveError,
  decodeGrpcErrorDetails,
  describeConnectionError,
  formatSourceBlock,
  formatStatusText,
  warningAnnotation,
  type ErrorRange,
} from '../../../src/buildkit/errors.js';
import { ProgressTracker } from '../../../src/buildkit/progress/index.js';
import { decodeRpcStatus, encodeRpcStatus, type RpcStatus } from '../../../src/buildkit/proto/rpc-status.js';

const DOCKERFILE = [
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

const VERTEX = 'sha256:4be1f5a1d1b3c1cd0c6f4c2b2b9ab5b3c0e6e0c4bd7e18b6b8a1c6bd5e7f1a22';
const MESSAGE = 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3';

/** A detail as BuildKit's grpcerrors.ToGRPC writes it: Go encoding/json of the record, in an Any. */
const jsonDetail = (kind: string, value: unknown) => ({
  type_url: `github.com/moby/buildkit/${kind}+json`,
  value: Buffer.from(JSON.stringify(value)),
});

/** The details of a failed RUN as buildkitd sends them (shape checked against BuildKit's Go types). */
function runFailureStatus(): RpcStatus {
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
          Op: { exec: { meta: { args: ['/bin/sh', '-c', 'exit 3'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], cwd: '/' }, mounts: [{ input: 0, dest: '/', output: 0 }] } },
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
function serviceError(status: RpcStatus, withDetails = true): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  if (withDetails) metadata.set('grpc-status-details-bin', encodeRpcStatus(status));
  const code = status.code ?? grpc.status.UNKNOWN;
  return Object.assign(new Error(`${code} ${grpc.status[code]}: ${status.message}`), {
    code,
    details: status.message ?? '',
    metadata,
  });
}

const SNIPPET_LINE_5 = [
  'Dockerfile:5',
  '--------------------',
  '   3 |     RUN apk add --no-cache \\',
  '   4 |         curl',
  '   5 | >>> RUN exit 3',
  '   6 |     COPY . /src',
  '   7 |     WORKDIR /src',
  '--------------------',
];

describe('google.rpc.Status proto', () => {
  it('round-trips through our own definition', () => {
    const status = runFailureStatus();
    const decoded = decodeRpcStatus(encodeRpcStatus(status));
    expect(decoded.code).toBe(2);
    expect(decoded.message).toBe(MESSAGE);
    expect(decoded.details).toHaveLength(6);
    expect(decoded.details![2]).toEqual({ type_url: 'github.com/moby/buildkit/errdefs.Vertex+json', value: Buffer.from(`{"digest":"${VERTEX}"}`) });
  });

  it('loads twice without clashing', async () => {
    await import('../../../src/buildkit/proto/rpc-status.js');
    expect(decodeRpcStatus(encodeRpcStatus({ code: 1, message: 'x' }))).toEqual({ code: 1, message: 'x', details: [] });
  });
});

describe('decodeGrpcErrorDetails', () => {
  it('reads every typed detail from grpc-status-details-bin', () => {
    const d = decodeGrpcErrorDetails(serviceError(runFailureStatus()));
    expect(d.code).toBe(grpc.status.UNKNOWN);
    expect(d.message).toBe(MESSAGE);
    expect(d.vertexDigests).toEqual([VERTEX]);
    expect(d.exitCode).toBe(3);
    expect(d.sources).toEqual([
      { filename: 'Dockerfile', data: Buffer.from(DOCKERFILE), language: 'Dockerfile', ranges: [{ start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }] },
    ]);
    expect(d.solves).toHaveLength(1);
    expect(d.solves[0]!.command).toEqual(['/bin/sh', '-c', 'exit 3']);
    expect(d.solves[0]!.inputIDs).toEqual(['i8ngajbs3wnspqbdwvdvmjq9z']);
    expect(d.solves[0]!.description).toEqual({ 'llb.customname': '[base 3/3] RUN exit 3' });
    expect(d.stacks).toHaveLength(1);
    expect(d.other.map((o) => o.typeUrl)).toEqual(['type.googleapis.com/google.rpc.DebugInfo']);
  });

  it('reads a google.rpc.Status we already hold (gateway Return / Solve error)', () => {
    const fromGateway = decodeRpcStatus(encodeRpcStatus(runFailureStatus()));
    const d = decodeGrpcErrorDetails(fromGateway);
    expect(d.exitCode).toBe(3);
    expect(d.vertexDigests).toEqual([VERTEX]);
    // proto3 JSON form (bytes as base64 text) is accepted too.
    const asJson: RpcStatus = { code: 2, message: 'm', details: [{ type_url: 'github.com/moby/buildkit/gatewayapi.ExitMessage+json', value: Buffer.from('{"Code":137}').toString('base64') }] };
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
    expect(d.sources).toEqual([{ filename: '', data: Buffer.alloc(0), language: '', ranges: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }] }]);
    expect(d.vertexDigests).toEqual([]);
    expect(d.solves).toEqual([{ inputIDs: [], mountIDs: [], op: { Op: { file: { actions: [] } } }, fileActionIndex: 2 }]);
    expect(d.exitCode).toBe(0);
    expect(d.other).toHaveLength(2);

    const bare = decodeGrpcErrorDetails(serviceError({ code: grpc.status.UNAVAILABLE, message: 'connection closed' }, false));
    expect(bare).toMatchObject({ code: grpc.status.UNAVAILABLE, message: 'connection closed', sources: [] });

    const corrupt = serviceError({ code: grpc.status.INTERNAL, message: 'boom' }, false);
    corrupt.metadata.set('grpc-status-details-bin', Buffer.from([0xff, 0xff, 0xff]));
    expect(decodeGrpcErrorDetails(corrupt)).toMatchObject({ code: grpc.status.INTERNAL, message: 'boom' });
  });
});

describe('SolveError', () => {
  it('reads like buildx and carries the failing step, exit code and Dockerfile location', () => {
    const err = SolveError.fromGrpc(serviceError(runFailureStatus()));
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe(`failed to solve: ${MESSAGE}`);
    expect(err.grpcCode).toBe(grpc.status.UNKNOWN);
    expect(err.exitCode).toBe(3);
    expect(err.vertexDigest).toBe(VERTEX);
    expect(err.command).toEqual(['/bin/sh', '-c', 'exit 3']);
    expect(err.sources).toEqual([{ file: 'Dockerfile', startLine: 5, endLine: 5, snippet: SNIPPET_LINE_5 }]);
    expect(err.formatSourceSnippet()).toBe(SNIPPET_LINE_5.join('\n'));
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('names the failing vertex from progress and becomes an annotation', () => {
    const tracker = new ProgressTracker();
    const t = { seconds: '1767225600', nanos: 0 };
    tracker.update({ vertexes: [{ digest: VERTEX, name: '[app base 3/3] RUN exit 3', started: t, completed: t, error: MESSAGE }] }, 'app');
    const err = SolveError.fromGrpc(serviceError(runFailureStatus())).setTarget('app', true).fillFromProgress(tracker);
    expect(err.message).toBe(`target app: failed to solve: ${MESSAGE}`);
    expect(err.vertexName).toBe('[app base 3/3] RUN exit 3');
    expect(err.toAnnotation()).toEqual({
      file: 'Dockerfile',
      startLine: 5,
      endLine: 5,
      title: '[app base 3/3] RUN exit 3',
      message: `target app: failed to solve: ${MESSAGE}`,
    });

    // Without a Vertex detail, the target's last failed vertex is used.
    const noVertex = { ...runFailureStatus(), details: [] };
    const err2 = SolveError.fromGrpc(noVertex, { target: 'app' }).fillFromProgress(tracker);
    expect(err2.vertexDigest).toBe(VERTEX);
    expect(err2.message).toBe(`failed to solve: ${MESSAGE}`);
    expect(err2.toAnnotation()).toEqual({ title: '[app base 3/3] RUN exit 3', message: `failed to solve: ${MESSAGE}` });
    expect(SolveError.fromGrpc(noVertex, { target: 'web' }).toAnnotation().title).toBe('target web: build failed');
  });

  it('puts the gRPC code name before the message like the Go client, except for Unknown', () => {
    expect(SolveError.fromGrpc({ code: grpc.status.CANCELLED, message: 'context canceled' }).message).toBe(
      'failed to solve: Canceled: context canceled',
    );
    expect(formatStatusText(grpc.status.INVALID_ARGUMENT, 'bad')).toBe('InvalidArgument: bad');
    expect(formatStatusText(grpc.status.UNKNOWN, 'dockerfile parse error on line 3: unknown instruction: RUNN')).toBe(
      'dockerfile parse error on line 3: unknown instruction: RUNN',
    );
    expect(formatStatusText(42, 'x')).toBe('Code(42): x');
  });

  it('prints every source location in order', () => {
    const status = runFailureStatus();
    status.details = [
      jsonDetail('errdefs.Source', { info: { filename: 'Dockerfile', data: Buffer.from(DOCKERFILE).toString('base64') }, ranges: [{ start: { line: 3 }, end: { line: 4 } }] }),
      jsonDetail('errdefs.Source', { info: { filename: 'docker-bake.hcl' }, ranges: [{ start: { line: 7, character: 3 }, end: { line: 9 } }] }),
    ];
    const err = SolveError.fromGrpc(status);
    expect(err.sources.map(({ file, startLine, endLine }) => ({ file, startLine, endLine }))).toEqual([
      { file: 'Dockerfile', startLine: 3, endLine: 4 },
      { file: 'docker-bake.hcl', startLine: 7, endLine: 9 },
    ]);
    expect(err.formatSourceSnippet()).toBe(
      [
        'Dockerfile:3',
        '--------------------',
        '   2 |     FROM alpine:3.20 AS base',
        '   3 | >>> RUN apk add --no-cache \\',
        '   4 | >>>     curl',
        '   5 |     RUN exit 3',
        '--------------------',
      ].join('\n'),
    );
  });
});

describe('formatSourceBlock (same output as BuildKit errdefs Source.Print)', () => {
  const data = Buffer.from(DOCKERFILE);
  const r = (...pairs: number[]): ErrorRange[] => {
    const out: ErrorRange[] = [];
    for (let i = 0; i < pairs.length; i += 2) out.push({ start: { line: pairs[i]!, character: 0 }, end: { line: pairs[i + 1]!, character: 0 } });
    return out;
  };
  const block = (ranges: ErrorRange[]) => formatSourceBlock('Dockerfile', data, ranges);

  it('shows two lines of context around a single line, one around a longer range', () => {
    expect(block(r(5, 5))).toEqual(SNIPPET_LINE_5);
    expect(block(r(2, 2, 6, 6))).toEqual([
      'Dockerfile:2',
      '--------------------',
      '   1 |     # syntax=docker/dockerfile:1',
      '   2 | >>> FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '   4 |         curl',
      '   5 |     RUN exit 3',
      '   6 | >>> COPY . /src',
      '   7 |     WORKDIR /src',
      '--------------------',
    ]);
  });

  it('clips at the start and end of the file', () => {
    expect(block(r(1, 1))).toEqual([
      'Dockerfile:1',
      '--------------------',
      '   1 | >>> # syntax=docker/dockerfile:1',
      '   2 |     FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '--------------------',
    ]);
    expect(block(r(8, 8))).toEqual([
      'Dockerfile:8',
      '--------------------',
      '   6 |     COPY . /src',
      '   7 |     WORKDIR /src',
      '   8 | >>> CMD ["./app"]',
      '   9 |     ',
      '--------------------',
    ]);
    expect(block(r(9, 9))).toEqual(['Dockerfile:9', '--------------------', '   7 |     WORKDIR /src', '   8 |     CMD ["./app"]', '   9 | >>> ', '--------------------']);
  });

  it('treats an end before the start as the start, and prints nothing out of range or without text', () => {
    expect(block(r(4, 3))).toEqual([
      'Dockerfile:4',
      '--------------------',
      '   2 |     FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '   4 | >>>     curl',
      '   5 |     RUN exit 3',
      '   6 |     COPY . /src',
      '--------------------',
    ]);
    expect(block(r(10, 10))).toEqual([]);
    expect(block([])).toEqual([]);
    expect(formatSourceBlock('Dockerfile', Buffer.alloc(0), r(1, 1))).toEqual([]);
  });
});

describe('warningAnnotation', () => {
  it('locates a build warning in the Dockerfile', () => {
    expect(
      warningAnnotation({
        vertex: VERTEX,
        level: '1',
        short: Buffer.from("FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)"),
        detail: [Buffer.from("The 'as' keyword should match the case of the 'from' keyword")],
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        info: { filename: 'Dockerfile', data: Buffer.from(DOCKERFILE), language: 'Dockerfile' },
        ranges: [{ start: { line: 2 }, end: { line: 2 } }],
      }),
    ).toEqual({
      file: 'Dockerfile',
      startLine: 2,
      endLine: 2,
      title: "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)",
      message: "The 'as' keyword should match the case of the 'from' keyword\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
    });
    expect(warningAnnotation({ short: Buffer.from('no location') })).toEqual({ title: 'no location', message: 'no location' });
  });
});

describe('describeConnectionError', () => {
  const ep = 'unix:///run/buildkit/buildkitd.sock';
  const unavailable = (details: string) =>
    Object.assign(new Error(`14 UNAVAILABLE: ${details}`), { code: grpc.status.UNAVAILABLE, details, metadata: new grpc.Metadata() });

  it('explains what grpc-js reports when the daemon is not there', () => {
    expect(describeConnectionError(unavailable('No connection established. Last error: Error: connect ENOENT /run/buildkit/buildkitd.sock. Resolution note: '), ep).message).toBe(
      `cannot reach BuildKit at ${ep}: the socket does not exist; is the daemon running?`,
    );
    expect(describeConnectionError(unavailable('No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1234. Resolution note: '), 'tcp://127.0.0.1:1234').message).toBe(
      'cannot reach BuildKit at tcp://127.0.0.1:1234: connection refused; is the daemon running and listening there?',
    );
    expect(describeConnectionError(unavailable('Name resolution failed for target dns:buildkitd:1234'), 'tcp://buildkitd:1234').message).toBe(
      'cannot reach BuildKit at tcp://buildkitd:1234: the host name does not resolve (Name resolution failed for target dns:buildkitd:1234)',
    );
    expect(describeConnectionError(unavailable('Connection dropped'), ep).message).toBe(`cannot reach BuildKit at ${ep}: Connection dropped; is the daemon running?`);
  });

  it('explains socket errors from our own connectors', () => {
    const eacces = Object.assign(new Error('connect EACCES /var/run/docker.sock'), { code: 'EACCES', errno: -13, syscall: 'connect' });
    const err = describeConnectionError(eacces, 'unix:///var/run/docker.sock');
    expect(err.message).toBe(
      'cannot reach BuildKit at unix:///var/run/docker.sock: permission denied on the socket; run as a user allowed to use it (root, or the docker group for the Docker socket)',
    );
    expect(err.cause).toBe(eacces);
    expect(err.endpoint).toBe('unix:///var/run/docker.sock');
  });

  it('covers timeouts, old daemons and anything else', () => {
    const deadline = Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), { code: grpc.status.DEADLINE_EXCEEDED, details: 'Deadline exceeded' });
    expect(describeConnectionError(deadline, ep).message).toBe(`cannot reach BuildKit at ${ep}: timed out (Deadline exceeded); is the daemon running and reachable?`);
    const unimplemented = Object.assign(new Error('12 UNIMPLEMENTED'), { code: grpc.status.UNIMPLEMENTED, details: 'unknown service moby.buildkit.v1.Control' });
    expect(describeConnectionError(unimplemented, ep).message).toBe(
      `BuildKit at ${ep} does not support this call (unknown service moby.buildkit.v1.Control); the daemon may be too old, or the endpoint is not BuildKit`,
    );
    expect(describeConnectionError(new Error('Failed to connect before the deadline'), ep).message).toBe(`cannot reach BuildKit at ${ep}: timed out; is the daemon running?`);
    expect(describeConnectionError('weird', ep).message).toBe(`BuildKit at ${ep}: weird`);
  });
});
