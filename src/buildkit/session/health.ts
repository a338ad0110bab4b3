/**
 * The health service of a session. The daemon only looks at whether Check succeeds, so it always answers SERVING;
 * it counts the calls so callers (and tests) can see the daemon is still talking to the session.
 */
import type * as grpc from '@grpc/grpc-js';
import { HEALTH_SERVICE, SERVING } from '../proto/health.js';
import type { Attachable } from './attachable.js';

export class HealthService implements Attachable {
  readonly serviceName = HEALTH_SERVICE;
  /** Check calls answered so far. */
  checks = 0;
  /** When the last Check arrived (ms since epoch), 0 before the first. */
  lastCheckAt = 0;
  private readonly watchers = new Set<grpc.ServerWritableStream<unknown, unknown>>();

  constructor(private readonly onCheck?: () => void) {}

  handlers(): grpc.UntypedServiceImplementation {
    return {
      Check: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        this.checks++;
        this.lastCheckAt = Date.now();
        this.onCheck?.();
        callback(null, { status: SERVING });
      },
      // Watch streams the status and stays open until the caller goes away or the session closes.
      Watch: (call: grpc.ServerWritableStream<unknown, unknown>) => {
        this.watchers.add(call);
        call.on('cancelled', () => this.watchers.delete(call));
        call.write({ status: SERVING });
      },
    };
  }

  close(): void {
    for (const call of this.watchers) call.end();
    this.watchers.clear();
  }
}
