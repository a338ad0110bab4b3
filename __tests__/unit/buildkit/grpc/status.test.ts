/**
 * gRPC statuses in HTTP/2 headers (grpc-message's percent-encoding both ways, a failure read from trailers with its
 * binary google.rpc.Status), the Go client's wording of codes, and StatusError's shape.
 */
import { describe, expect, test } from 'vitest';
import {
  Code,
  codeName,
  decodeGrpcMessage,
  encodeGrpcMessage,
  formatStatusText,
  statusFromHeaders,
  statusHeaders,
  StatusError,
} from '../../../../src/buildkit/grpc/status.js';

describe('grpc-message encoding', () => {
  test('encodeGrpcMessage escapes %, control and non-ASCII bytes only', () => {
    expect(encodeGrpcMessage('plain text: ok')).toBe('plain text: ok');
    expect(encodeGrpcMessage('100%\né')).toBe('100%25%0A%C3%A9');
  });
});

describe('status headers', () => {
  test('a status written with statusHeaders reads back the same, the message decoded', () => {
    const headers = statusHeaders(Code.NOT_FOUND, 'nothing here: é 100%');
    expect(headers).toEqual({ 'grpc-status': '5', 'grpc-message': 'nothing here: %C3%A9 100%25' });
    const read = statusFromHeaders(headers);
    expect(read).toBeInstanceOf(StatusError);
    expect(read).toMatchObject({ code: Code.NOT_FOUND, details: 'nothing here: é 100%' });
    expect(read?.statusDetails).toBeUndefined();
  });

  test('OK, or no status at all, is no failure', () => {
    expect(statusFromHeaders({ 'grpc-status': '0' })).toBeUndefined();
    expect(statusFromHeaders({ 'content-type': 'application/grpc' })).toBeUndefined();
    expect(statusHeaders(Code.OK, '')).toEqual({ 'grpc-status': '0' });
  });

  test('grpc-status-details-bin comes back as the bytes sent; a code gRPC does not define is Unknown', () => {
    const details = Buffer.from([8, 2, 18, 1, 120]);
    const read = statusFromHeaders({
      'grpc-status': '2',
      'grpc-message': 'x',
      'grpc-status-details-bin': details.toString('base64'),
    });
    expect(read?.statusDetails).toEqual(details);
    expect(statusFromHeaders({ 'grpc-status': '99' })?.code).toBe(Code.UNKNOWN);
  });

  test('a malformed percent-encoding is kept as it came', () => {
    expect(decodeGrpcMessage('no%20such%20session')).toBe('no such session');
    expect(decodeGrpcMessage('bad %ZZ encoding')).toBe('bad %ZZ encoding');
  });
});

describe('StatusError', () => {
  test('has the fields of a grpc-js ServiceError that callers read, and a message naming the code', () => {
    const cause = new Error('ENOENT');
    const err = new StatusError(Code.NOT_FOUND, 'no such thing', { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('StatusError');
    expect(err.code).toBe(Code.NOT_FOUND);
    expect(err.details).toBe('no such thing');
    expect(err.message).toBe('no such thing (gRPC status 5)');
    expect(err.cause).toBe(cause);
    expect(new StatusError(Code.INTERNAL, '').message).toBe('Internal (gRPC status 13)');
  });
});

describe('Go names of codes', () => {
  test('as BuildKit prints them, Unknown without one', () => {
    expect(codeName(Code.UNAVAILABLE)).toBe('Unavailable');
    expect(codeName(Code.CANCELLED)).toBe('Canceled');
    expect(codeName(42)).toBe('Code(42)');
    expect(formatStatusText(Code.DEADLINE_EXCEEDED, 'too slow')).toBe('DeadlineExceeded: too slow');
    expect(formatStatusText(Code.UNKNOWN, 'plain')).toBe('plain');
  });
});
