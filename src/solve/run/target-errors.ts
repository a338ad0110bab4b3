/**
 * How a target that did not finish ended, and with which error: what runTarget (run.ts) reports once its build
 * stopped. Pure: it is given what happened (the error the target stopped with, how its build's Solve ended, the run's
 * signal, why the target stopped itself) and answers; the unit tests go through the cases one by one.
 *
 * - Stopped by the run (another target failed, or the run was cancelled): the target is cancelled, not failed, whatever
 *   error its calls ended with (stoppedByRun).
 * - Otherwise it failed, and the error to report is, in this order of preference: the channel to the daemon broken
 *   (UNAVAILABLE that the daemon did not send: the daemon is named, or said to be unresponsive), the target's session
 *   lost, the reason the target stopped itself, the daemon's own account of the failure from the outer Solve (with its
 *   source locations), and else the error the target stopped with. An error the daemon sent becomes a SolveError.
 */
import { SolveError } from '../../buildkit/errdefs/solve-error.js';
import { codeOf, messageOf, statusDetailsOf } from '../../buildkit/grpc/errors.js';
import { Code } from '../../buildkit/grpc/status.js';
import { isNotResponding } from '../../buildkit/transport/keepalive.js';
import { TargetCancelledError } from './lifetime.js';

/** A target failed: names the target; `cause` is the error to report (a SolveError when the daemon sent one). */
export class TargetFailedError extends Error {
  override readonly name = 'TargetFailedError';
  declare readonly cause: Error;

  constructor(
    readonly target: string,
    cause: Error,
  ) {
    super(`target "${target}": ${cause.message}`, { cause });
  }
}

/** Why a target stopped itself rather than being stopped by the run (its session did not open, its build ended before
 * its result was returned); `cause` is the error to report. */
export class TargetStoppedError extends Error {
  override readonly name = 'TargetStoppedError';
  declare readonly cause: Error;

  constructor(cause: Error) {
    super(cause.message, { cause });
  }
}

/** The session a target needs (its own, or a directory session) ended while the target was running; `cause` says
 * how. */
export class SessionLostError extends Error {
  override readonly name = 'SessionLostError';
  declare readonly cause: Error;

  constructor(daemon: string, cause: Error) {
    super(
      `lost the session with BuildKit at ${daemon} (it serves the build's files, secrets and exports): ${cause.message}`,
      { cause },
    );
  }
}

/** The run's signal as it is when asked (an AbortSignal is one): aborted, and why. */
export interface RunState {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** What happened to a target that did not finish. */
export interface TargetStop {
  target: string;
  /** The daemon as the user calls it (the connection's description). */
  daemon: string;
  /** The error the target stopped with. */
  error: Error;
  /** How the build's outer Solve ended: its error; undefined when it succeeded or never started. */
  solveError?: Error;
  run: RunState;
  /** Why the target aborted its own calls (its abort signal's reason), if it did. */
  stopReason?: unknown;
  /** An export this client's session refused (FileSend): the cause of whatever the daemon then reported. */
  clientRefusal?: Error;
}

/** Whether the run stopped the target (the run's reason, or a cancellation while the run is aborted): it is then
 * cancelled, not failed. */
export function stoppedByRun(error: Error, run: RunState): boolean {
  return error instanceof TargetCancelledError || (run.aborted && (error === run.reason || isCancellation(error, run)));
}

/** The error a failed target reports (the header says which). */
export function failureToReport(stop: TargetStop): Error {
  let error = stop.error;
  // The outer Solve carries the daemon's own account of the failure (with source locations); prefer it, unless it only
  // says that the run cancelled it.
  if (stop.solveError && !isCancellation(stop.solveError, stop.run)) error = stop.solveError;
  const lost = stop.stopReason instanceof SessionLostError ? stop.stopReason : undefined;
  // The target stopped itself (its session did not open, its build ended early): that, not the calls it cancelled.
  const stopped = stop.stopReason instanceof TargetStoppedError ? stop.stopReason.cause : undefined;
  error = connectionLost(lost?.cause ?? stopped ?? error, stop.daemon) ?? lost ?? stopped ?? error;
  // The daemon's error after our refusal is its consequence (its send hit EOF, or it relays our status): ours says why.
  if (stop.clientRefusal && !lost) return stop.clientRefusal;
  return toSolveError(error, stop.target);
}

/** A cancellation while the run is aborted: CANCELLED, the run's own reason, or a message saying it was cancelled
 * (the daemon's "context canceled"). */
function isCancellation(err: Error, run: RunState): boolean {
  return (
    run.aborted &&
    (codeOf(err) === Code.CANCELLED || err === run.reason || /context canceled|cancel/i.test(err.message))
  );
}

/** The channel to the daemon broke (UNAVAILABLE without a status from the daemon): an error naming the daemon. */
function connectionLost(err: Error, daemon: string): Error | undefined {
  if (codeOf(err) !== Code.UNAVAILABLE || statusDetailsOf(err)) return undefined;
  // transport/keepalive.ts: the daemon stopped answering pings (frozen, or the network to it down); the message says so
  if (isNotResponding(err)) return new Error(messageOf(err), { cause: err });
  return new Error(`lost the connection to BuildKit at ${daemon} (did the daemon stop?): ${messageOf(err)}`, {
    cause: err,
  });
}

/** Errors the daemon sent (they carry a gRPC code) become SolveErrors with source locations; ours stay as they are. */
function toSolveError(err: Error, target: string): Error {
  if (codeOf(err) === undefined || err instanceof SolveError) return err;
  return SolveError.fromGrpc(err, { target });
}
