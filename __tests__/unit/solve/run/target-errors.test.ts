/**
 * How a target that did not finish ends: cancelled when the run stopped it (another target failed, the user
 * cancelled), else failed with the error that says what happened — the daemon gone or not responding, the session
 * lost, the target stopping itself, the daemon's own account of the failure with its source locations — and never a
 * cancellation the run did not ask for passed off as one.
 */
import { describe, expect, it } from 'vitest';
import { SolveError } from '../../../../src/buildkit/errdefs/solve-error.js';
import { callLost } from '../../../../src/buildkit/grpc/errors.js';
import { Code, StatusError } from '../../../../src/buildkit/grpc/status.js';
import { encodeRpcStatus } from '../../../../src/buildkit/proto/rpc-status.js';
import { NotRespondingError } from '../../../../src/buildkit/transport/keepalive.js';
import { TargetCancelledError } from '../../../../src/solve/run/lifetime.js';
import {
  failureToReport,
  SessionLostError,
  stoppedByRun,
  TargetFailedError,
  TargetStoppedError,
  type TargetStop,
} from '../../../../src/solve/run/target-errors.js';

const DAEMON = 'unix:///run/buildkit/buildkitd.sock';
const RUNNING = { aborted: false };

/**
 * A failed call's error as the channel (grpc/client.ts) gives it; `fromDaemon` adds a binary Status, as buildkitd
 * sends with its errors; `unresponsive`: as the keepalive's review rewrites a lost call (transport/keepalive.ts).
 */
function serviceError(
  code: Code,
  details: string,
  opts: { fromDaemon?: Buffer; unresponsive?: boolean } = {},
): StatusError {
  if (opts.unresponsive) return new NotRespondingError(code, details);
  return new StatusError(code, details, opts.fromDaemon ? { statusDetails: opts.fromDaemon } : {});
}

/** The Status of a failed RUN: its message and where in the Dockerfile. */
function runFailure(): Buffer {
  const json = (kind: string, value: unknown) => ({
    type_url: `github.com/moby/buildkit/${kind}+json`,
    value: Buffer.from(JSON.stringify(value)),
  });
  return encodeRpcStatus({
    code: Code.UNKNOWN,
    message: 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    details: [
      json('errdefs.Source', {
        info: { filename: 'Dockerfile', data: Buffer.from('FROM alpine\nRUN exit 3\n').toString('base64') },
        ranges: [{ start: { line: 2 }, end: { line: 2 } }],
      }),
      json('gatewayapi.ExitMessage', { Code: 3 }),
    ],
  });
}

const stop = (s: Partial<TargetStop> & Pick<TargetStop, 'error'>): TargetStop => ({
  target: 'app',
  daemon: DAEMON,
  run: RUNNING,
  ...s,
});

describe('stoppedByRun: cancelled, not failed', () => {
  it('a target stopped by the run: its reason, or a cancellation while the run is aborted', () => {
    const other = new TargetFailedError('base', new Error('exit code: 1'));
    const run = { aborted: true, reason: other };
    expect(stoppedByRun(other, run)).toBe(true);
    expect(stoppedByRun(serviceError(Code.CANCELLED, 'context canceled'), run)).toBe(true);
    expect(stoppedByRun(serviceError(Code.UNKNOWN, 'failed to solve: context canceled'), run)).toBe(true);
    // a signal (SIGINT, SIGTERM) cancels the run with its own reason
    const signalled = { aborted: true, reason: new Error('received SIGINT') };
    expect(stoppedByRun(signalled.reason, signalled)).toBe(true);
  });

  it('a target whose producer failed is cancelled, whether or not the run is aborted yet', () => {
    expect(stoppedByRun(new TargetCancelledError('app', 'it consumes "base", which failed'), RUNNING)).toBe(true);
  });

  it('while the run goes on, a failure is a failure, a CANCELLED status too', () => {
    expect(stoppedByRun(serviceError(Code.CANCELLED, 'context canceled'), RUNNING)).toBe(false);
    expect(stoppedByRun(new Error('exit code: 3'), RUNNING)).toBe(false);
    expect(stoppedByRun(new Error('exit code: 3'), { aborted: true, reason: new Error('received SIGINT') })).toBe(
      false,
    );
  });
});

describe('failureToReport: the error a failed target reports', () => {
  it('the daemon gone (UNAVAILABLE it did not send): names the daemon', () => {
    const report = failureToReport(stop({ error: serviceError(Code.UNAVAILABLE, 'Connection dropped') }));
    expect(report).not.toBeInstanceOf(SolveError);
    expect(report.message).toBe(
      `lost the connection to BuildKit at ${DAEMON} (did the daemon stop?): Connection dropped`,
    );
  });

  it('the daemon not answering keepalive pings: the keepalive message says so', () => {
    const frozen = serviceError(Code.UNAVAILABLE, `BuildKit at ${DAEMON} is not responding: …`, { unresponsive: true });
    expect(failureToReport(stop({ error: frozen })).message).toBe(`BuildKit at ${DAEMON} is not responding: …`);
  });

  it('an UNAVAILABLE the daemon sent itself is its error, not a lost connection', () => {
    const report = failureToReport(
      stop({
        error: serviceError(Code.UNAVAILABLE, 'worker unavailable', {
          fromDaemon: encodeRpcStatus({ code: Code.UNAVAILABLE, message: 'worker unavailable' }),
        }),
      }),
    );
    expect(report).toBeInstanceOf(SolveError);
    expect(report.message).toBe('failed to solve: Unavailable: worker unavailable');
  });

  it('the session lost: says so, with how; lost with the connection: the daemon is named', () => {
    const cut = new SessionLostError(DAEMON, new Error('injected: session stream cut'));
    const report = failureToReport(stop({ error: serviceError(Code.CANCELLED, 'context canceled'), stopReason: cut }));
    expect(report).toBe(cut);
    expect(report.message).toBe(
      `lost the session with BuildKit at ${DAEMON} (it serves the build's files, secrets and exports): injected: session stream cut`,
    );
    const dropped = new SessionLostError(DAEMON, callLost('connection closed'));
    expect(
      failureToReport(stop({ error: serviceError(Code.CANCELLED, 'context canceled'), stopReason: dropped })).message,
    ).toBe(`lost the connection to BuildKit at ${DAEMON} (did the daemon stop?): connection closed`);
  });

  it('a target that stopped itself: its reason, not the calls it cancelled', () => {
    const why = new Error('cannot open a BuildKit session on unix:///x: refused');
    const report = failureToReport(
      stop({
        error: serviceError(Code.CANCELLED, 'context canceled'),
        solveError: serviceError(Code.CANCELLED, 'context canceled'),
        stopReason: new TargetStoppedError(why),
      }),
    );
    expect(report).toBe(why);
  });

  it("a solve error with details: the outer Solve's account, with its source location, for the target", () => {
    const report = failureToReport(
      stop({
        error: serviceError(Code.UNKNOWN, 'gateway: exit code: 3'),
        solveError: serviceError(Code.UNKNOWN, 'exit code: 3', { fromDaemon: runFailure() }),
      }),
    );
    expect(report).toBeInstanceOf(SolveError);
    const solve = report as SolveError;
    expect(solve.message).toBe(
      'failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    );
    expect(solve.target).toBe('app');
    expect(solve.exitCode).toBe(3);
    expect(solve.sources.map(({ file, startLine }) => ({ file, startLine }))).toEqual([
      { file: 'Dockerfile', startLine: 2 },
    ]);
  });

  it("an export the client refused: its reason, not the daemon's consequential send error", () => {
    // The race seen in CI: the daemon's own "failed to send … EOF" won over the refusal it relays
    const refusal = new StatusError(Code.FAILED_PRECONDITION, 'output type=local,mode=delete needs BuildKit v0.31');
    const report = failureToReport(
      stop({
        error: serviceError(Code.UNKNOWN, 'exporter failed'),
        solveError: serviceError(Code.UNKNOWN, 'failed to send stat /out/a: EOF'),
        clientRefusal: refusal,
      }),
    );
    expect(report).toBe(refusal);
    // without a refusal the same stop reports the daemon's error
    expect(
      failureToReport(
        stop({
          error: serviceError(Code.UNKNOWN, 'exporter failed'),
          solveError: serviceError(Code.UNKNOWN, 'failed to send stat /out/a: EOF'),
        }),
      ).message,
    ).toMatch(/failed to send stat/);
  });

  it('a canceled status while the run is not aborting is reported as the failure it is', () => {
    const report = failureToReport(
      stop({ error: new Error('stopped'), solveError: serviceError(Code.CANCELLED, 'context canceled') }),
    );
    expect(report).toBeInstanceOf(SolveError);
    expect(report.message).toBe('failed to solve: Canceled: context canceled');
  });

  it('the outer Solve only cancelled by an aborting run: the error the target stopped with', () => {
    const own = serviceError(Code.UNKNOWN, 'exit code: 3', { fromDaemon: runFailure() });
    const report = failureToReport(
      stop({
        error: own,
        solveError: serviceError(Code.CANCELLED, 'context canceled'),
        run: { aborted: true, reason: new Error('another target failed') },
      }),
    );
    expect(report).toBeInstanceOf(SolveError);
    expect(report.cause).toBe(own);
  });

  it('an error of ours (no gRPC code) stays as it is', () => {
    const ours = new Error('cache export (type=gha) failed: 503');
    expect(failureToReport(stop({ error: ours }))).toBe(ours);
  });
});

describe('the error classes', () => {
  it('carry their cause as the standard cause, and their name', () => {
    const cause = new Error('exit code: 3');
    const failed = new TargetFailedError('app', cause);
    expect(failed).toMatchObject({ name: 'TargetFailedError', target: 'app', message: 'target "app": exit code: 3' });
    expect(failed.cause).toBe(cause);
    expect(new TargetStoppedError(cause)).toMatchObject({ name: 'TargetStoppedError', message: 'exit code: 3', cause });
    expect(new SessionLostError(DAEMON, cause).cause).toBe(cause);
    expect(new TargetCancelledError('app', 'it consumes "base", which failed')).toMatchObject({
      name: 'TargetCancelledError',
      message: 'target "app" cancelled: it consumes "base", which failed',
      cause: 'it consumes "base", which failed',
    });
  });
});
