/**
 * The one mapping between errors and gRPC statuses: what a peer is told when a call fails with any error (a
 * ServiceError, our StatusError, grpc-js's `{code, details}`, an abort, anything else), what a caller reads back (the
 * code, the message, the binary google.rpc.Status a daemon sent), the Status a gateway Return carries, and a call lost
 * without a status.
 */
import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import {
  callLost,
  codeOf,
  encodeStatus,
  messageOf,
  rpcStatusOf,
  statusDetailsOf,
  toStatus,
  toStatusError,
} from '../../../../src/buildkit/grpc/errors.js';
import { Code, codeName, StatusError } from '../../../../src/buildkit/grpc/status.js';
import { decodeRpcStatus, encodeRpcStatus } from '../../../../src/buildkit/proto/rpc-status.js';

/** A grpc-js client error, optionally with the binary Status in its trailers. */
function serviceError(code: Code, details: string, statusDetails?: Buffer): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  if (statusDetails) metadata.set('grpc-status-details-bin', statusDetails);
  return Object.assign(new Error(`${code} ${codeName(code)}: ${details}`), { code, details, metadata });
}

describe('toStatus: what a peer is told', () => {
  it('keeps the status of an error that carries one', () => {
    expect(toStatus(new StatusError(Code.NOT_FOUND, 'no such dir'))).toEqual({
      code: Code.NOT_FOUND,
      message: 'no such dir',
    });
    expect(toStatus(serviceError(Code.PERMISSION_DENIED, 'denied'))).toEqual({
      code: Code.PERMISSION_DENIED,
      message: 'denied',
    });
    expect(toStatus({ code: Code.NOT_FOUND, details: 'nothing here' })).toEqual({
      code: Code.NOT_FOUND,
      message: 'nothing here',
    });
  });

  it('an abort is CANCELLED; any other error UNKNOWN with its message', () => {
    const ac = new AbortController();
    ac.abort();
    expect(toStatus(ac.signal.reason)).toEqual({ code: Code.CANCELLED, message: 'This operation was aborted' });
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(toStatus(enoent)).toEqual({ code: Code.UNKNOWN, message: 'ENOENT: no such file' });
    expect(toStatus('a string')).toEqual({ code: Code.UNKNOWN, message: 'a string' });
    expect(toStatus({ code: 99, details: 'not a gRPC code' })).toEqual({
      code: Code.UNKNOWN,
      message: 'not a gRPC code',
    });
  });

  it('toStatusError keeps a StatusError, and wraps anything else with its status and the error as cause', () => {
    const own = new StatusError(Code.ALREADY_EXISTS, 'exists');
    expect(toStatusError(own)).toBe(own);
    const plain = new Error('handler blew up');
    const wrapped = toStatusError(plain);
    expect(wrapped).toMatchObject({ code: Code.UNKNOWN, details: 'handler blew up' });
    expect(wrapped.cause).toBe(plain);
    expect(toStatusError(serviceError(Code.UNAVAILABLE, 'gone'))).toMatchObject({
      code: Code.UNAVAILABLE,
      details: 'gone',
    });
  });
});

describe('reading a status back', () => {
  const sent = encodeRpcStatus({
    code: Code.UNKNOWN,
    message: 'exit code: 3',
    details: [{ type_url: 'github.com/moby/buildkit/errdefs.Vertex+json', value: Buffer.from('{}') }],
  });

  it('codeOf and messageOf: the status of errors that carry one, nothing for others', () => {
    expect(codeOf(serviceError(Code.UNAVAILABLE, 'Connection dropped'))).toBe(Code.UNAVAILABLE);
    expect(codeOf(new StatusError(Code.CANCELLED, 'cancelled'))).toBe(Code.CANCELLED);
    expect(codeOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(codeOf(undefined)).toBeUndefined();
    expect(messageOf(serviceError(Code.UNAVAILABLE, 'Connection dropped'))).toBe('Connection dropped');
    expect(messageOf(new Error('plain'))).toBe('plain');
  });

  it('the binary Status a daemon sent, from grpc-js trailers or our StatusError; none from a broken connection', () => {
    expect(statusDetailsOf(serviceError(Code.UNKNOWN, 'exit code: 3', sent))).toEqual(sent);
    expect(statusDetailsOf(new StatusError(Code.UNKNOWN, 'exit code: 3', { statusDetails: sent }))).toEqual(sent);
    expect(statusDetailsOf(serviceError(Code.UNAVAILABLE, 'Connection dropped'))).toBeUndefined();
    expect(statusDetailsOf(callLost('connection closed'))).toBeUndefined();
    expect(statusDetailsOf(new Error('x'))).toBeUndefined();
    expect(rpcStatusOf(serviceError(Code.UNKNOWN, 'exit code: 3', sent))?.details).toHaveLength(1);
    expect(rpcStatusOf(serviceError(Code.UNKNOWN, 'x', Buffer.from([0xff, 0xff, 0xff])))).toBeUndefined();
  });

  it('a call lost without a status is UNAVAILABLE, as grpc-js reports one', () => {
    const reset = new Error('Stream closed with error code NGHTTP2_CANCEL');
    const lost = callLost(reset.message, reset);
    expect(lost).toMatchObject({ code: Code.UNAVAILABLE, details: reset.message });
    expect(lost.cause).toBe(reset);
  });
});

describe('encodeStatus: the Status a gateway Return hands back', () => {
  it("is the daemon's own when it sent one, so that its details survive", () => {
    const sent = encodeRpcStatus({
      code: Code.UNKNOWN,
      message: 'failed',
      details: [{ type_url: 't', value: Buffer.from('v') }],
    });
    expect(encodeStatus(serviceError(Code.UNKNOWN, 'failed', sent), Code.CANCELLED)).toEqual(sent);
  });

  it('else the code the error carries, or the fallback, with its message', () => {
    expect(decodeRpcStatus(encodeStatus(serviceError(Code.NOT_FOUND, 'no such job'), Code.UNKNOWN))).toEqual({
      code: Code.NOT_FOUND,
      message: 'no such job',
      details: [],
    });
    expect(decodeRpcStatus(encodeStatus(new Error('stopped'), Code.CANCELLED))).toEqual({
      code: Code.CANCELLED,
      message: 'stopped',
      details: [],
    });
    expect(decodeRpcStatus(encodeStatus(new Error('broke'), Code.UNKNOWN))).toEqual({
      code: Code.UNKNOWN,
      message: 'broke',
      details: [],
    });
  });
});
