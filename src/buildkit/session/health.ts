/**
 * The health service of a session, answering as grpc-go's health server does in a Go client's session (BuildKit
 * session.go: `health.NewServer()`, which knows one service, the server as a whole, named ""): Check and Watch report
 * SERVING for it and NotFound / SERVICE_UNKNOWN for any other name, List reports that one status. The daemon only
 * calls Check (every 5 s, dropping the session after two failures); the calls are counted so callers (and tests) can
 * see the daemon is still talking to the session.
 */
import type * as grpc from '@grpc/grpc-js';
import { Code, StatusError } from '../grpc/status.js';
import type { ServiceHandlers } from '../proto/grpc-service.js';
import {
  HEALTH_SERVICE,
  HealthCheckResponse_ServingStatus,
  type HealthCheckResponse,
  type HealthCheckRequest,
  type HealthMethods,
} from '../proto/health.pb.js';
import type { Attachable } from './attachable.js';

/** The one service the session reports on: the server as a whole. */
const OVERALL = '';
const { SERVING, SERVICE_UNKNOWN } = HealthCheckResponse_ServingStatus;

export class HealthService implements Attachable {
  readonly serviceName = HEALTH_SERVICE;
  /** Check calls answered so far. */
  checks = 0;
  /** When the last Check arrived (ms since epoch), 0 before the first. */
  lastCheckAt = 0;
  private readonly watchers = new Set<grpc.ServerWritableStream<HealthCheckRequest, HealthCheckResponse>>();

  constructor(private readonly onCheck?: () => void) {}

  handlers(): grpc.UntypedServiceImplementation {
    return {
      Check: (call, callback) => {
        if ((call.request?.service ?? OVERALL) !== OVERALL) {
          callback(new StatusError(Code.NOT_FOUND, 'unknown service'));
          return;
        }
        this.checks++;
        this.lastCheckAt = Date.now();
        this.onCheck?.();
        callback(null, { status: SERVING });
      },
      List: (_call, callback) => {
        callback(null, { statuses: { [OVERALL]: { status: SERVING } } });
      },
      // Watch streams the status and stays open until the caller goes away or the session closes.
      Watch: (call) => {
        this.watchers.add(call);
        call.on('cancelled', () => this.watchers.delete(call));
        call.write({ status: (call.request?.service ?? OVERALL) === OVERALL ? SERVING : SERVICE_UNKNOWN });
      },
    } satisfies ServiceHandlers<HealthMethods>;
  }

  close(): void {
    for (const call of this.watchers) call.end();
    this.watchers.clear();
  }
}
