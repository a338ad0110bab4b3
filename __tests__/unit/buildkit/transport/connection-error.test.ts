/**
 * Failures to reach the daemon worded for the user: what grpc-js reports, socket errors of our own connectors,
 * timeouts and daemons too old.
 */
import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { describeConnectionError } from '../../../../src/buildkit/transport/connection-error.js';

describe('describeConnectionError', () => {
  const ep = 'unix:///run/buildkit/buildkitd.sock';
  const unavailable = (details: string) =>
    Object.assign(new Error(`14 UNAVAILABLE: ${details}`), {
      code: grpc.status.UNAVAILABLE,
      details,
      metadata: new grpc.Metadata(),
    });

  it('explains what grpc-js reports when the daemon is not there', () => {
    expect(
      describeConnectionError(
        unavailable(
          'No connection established. Last error: Error: connect ENOENT /run/buildkit/buildkitd.sock. Resolution note: ',
        ),
        ep,
      ).message,
    ).toBe(`cannot reach BuildKit at ${ep}: the socket does not exist; is the daemon running?`);
    expect(
      describeConnectionError(
        unavailable(
          'No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1234. Resolution note: ',
        ),
        'tcp://127.0.0.1:1234',
      ).message,
    ).toBe(
      'cannot reach BuildKit at tcp://127.0.0.1:1234: connection refused; is the daemon running and listening there?',
    );
    expect(
      describeConnectionError(
        unavailable('Name resolution failed for target dns:buildkitd:1234'),
        'tcp://buildkitd:1234',
      ).message,
    ).toBe(
      'cannot reach BuildKit at tcp://buildkitd:1234: the host name does not resolve (Name resolution failed for target dns:buildkitd:1234)',
    );
    expect(describeConnectionError(unavailable('Connection dropped'), ep).message).toBe(
      `cannot reach BuildKit at ${ep}: Connection dropped; is the daemon running?`,
    );
  });

  it('explains socket errors from our own connectors', () => {
    const eacces = Object.assign(new Error('connect EACCES /var/run/docker.sock'), {
      code: 'EACCES',
      errno: -13,
      syscall: 'connect',
    });
    const err = describeConnectionError(eacces, 'unix:///var/run/docker.sock');
    expect(err.message).toBe(
      'cannot reach BuildKit at unix:///var/run/docker.sock: permission denied on the socket; run as a user allowed to use it (root, or the docker group for the Docker socket)',
    );
    expect(err.cause).toBe(eacces);
    expect(err.endpoint).toBe('unix:///var/run/docker.sock');
  });

  it('covers timeouts, old daemons and anything else', () => {
    const deadline = Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), {
      code: grpc.status.DEADLINE_EXCEEDED,
      details: 'Deadline exceeded',
    });
    expect(describeConnectionError(deadline, ep).message).toBe(
      `cannot reach BuildKit at ${ep}: timed out (Deadline exceeded); is the daemon running and reachable?`,
    );
    const unimplemented = Object.assign(new Error('12 UNIMPLEMENTED'), {
      code: grpc.status.UNIMPLEMENTED,
      details: 'unknown service moby.buildkit.v1.Control',
    });
    expect(describeConnectionError(unimplemented, ep).message).toBe(
      `BuildKit at ${ep} does not support this call (unknown service moby.buildkit.v1.Control); the daemon may be too old, or the endpoint is not BuildKit`,
    );
    expect(describeConnectionError(new Error('Failed to connect before the deadline'), ep).message).toBe(
      `cannot reach BuildKit at ${ep}: timed out; is the daemon running?`,
    );
    expect(describeConnectionError('weird', ep).message).toBe(`BuildKit at ${ep}: weird`);
  });
});
