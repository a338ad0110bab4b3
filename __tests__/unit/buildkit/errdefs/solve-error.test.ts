/**
 * SolveError: a failed build reads like buildx's error, names the failing step from progress, carries exit code and
 * Dockerfile locations, and becomes an annotation.
 */
import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { SolveError } from '../../../../src/buildkit/errdefs/solve-error.js';
import { formatStatusText } from '../../../../src/buildkit/grpc/status.js';
import { ProgressTracker } from '../../../../src/buildkit/progress/tracker.js';
import { DOCKERFILE, jsonDetail, MESSAGE, runFailureStatus, serviceError, SNIPPET_LINE_5, VERTEX } from './fixtures.js';

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
    tracker.update(
      { vertexes: [{ digest: VERTEX, name: '[app base 3/3] RUN exit 3', started: t, completed: t, error: MESSAGE }] },
      'app',
    );
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
      jsonDetail('errdefs.Source', {
        info: { filename: 'Dockerfile', data: Buffer.from(DOCKERFILE).toString('base64') },
        ranges: [{ start: { line: 3 }, end: { line: 4 } }],
      }),
      jsonDetail('errdefs.Source', {
        info: { filename: 'docker-bake.hcl' },
        ranges: [{ start: { line: 7, character: 3 }, end: { line: 9 } }],
      }),
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
