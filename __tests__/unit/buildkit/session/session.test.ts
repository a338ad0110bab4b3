import type * as grpc from '@grpc/grpc-js';
import { describe, expect, test } from 'vitest';
import { defineProto } from '../../../../src/buildkit/proto/define.js';
import { root } from '../../../../src/buildkit/proto/registry.js';
import { newSessionId, printableHeaderValue, Session } from '../../../../src/buildkit/session/session.js';

defineProto(
  `
syntax = "proto3";
package bakekit.unittest.v1;
message Ping { string text = 1; }
service Echo { rpc Say(Ping) returns (Ping); rpc Shout(Ping) returns (Ping); }
`,
  root,
);

const echo = (advertised?: string[]) => ({
  serviceName: 'bakekit.unittest.v1.Echo',
  advertisedMethods: advertised,
  handlers: (): grpc.UntypedServiceImplementation => ({
    Say: (call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>) => cb(null, call.request),
    Shout: (call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>) => cb(null, call.request),
  }),
});

describe('Session', () => {
  test('ids are 25 base36 characters, unique, without ":"', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newSessionId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{25}$/);
    expect(new Session().id).toMatch(/^[0-9a-z]{25}$/);
  });

  test('advertises Health plus every attachable method, or only the chosen ones', () => {
    expect(new Session().attach(echo()).advertisedMethods()).toEqual([
      '/grpc.health.v1.Health/Check',
      '/grpc.health.v1.Health/List',
      '/grpc.health.v1.Health/Watch',
      '/bakekit.unittest.v1.Echo/Say',
      '/bakekit.unittest.v1.Echo/Shout',
    ]);
    expect(new Session().attach(echo(['Say'])).advertisedMethods()).toEqual([
      '/grpc.health.v1.Health/Check',
      '/grpc.health.v1.Health/List',
      '/grpc.health.v1.Health/Watch',
      '/bakekit.unittest.v1.Echo/Say',
    ]);
  });

  test('rejects duplicate services and unknown advertised methods', () => {
    expect(() => new Session().attach(echo()).attach(echo())).toThrow(/already serves/);
    expect(() => new Session().attach(echo(['Nope'])).advertisedMethods()).toThrow(/has no method Nope/);
  });

  test('a name and shared key outside printable ASCII go as the percent-encoded bytes of their UTF-8', () => {
    // a context directory named in Cyrillic, CJK or with an emoji: grpc metadata values are printable ASCII
    const session = new Session({ name: 'проект', sharedKey: 'プロジェクト 😀-0123abcd' });
    expect(session.name).toBe('%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82');
    expect(session.sharedKey).toBe('%E3%83%97%E3%83%AD%E3%82%B8%E3%82%A7%E3%82%AF%E3%83%88 %F0%9F%98%80-0123abcd');
    expect(decodeURIComponent(session.sharedKey)).toBe('プロジェクト 😀-0123abcd');
    // printable ASCII is left as it is (buildx sends the basename as is), "%" too; a tab or DEL is not printable
    expect(printableHeaderValue('my app_1.0 (50%)~')).toBe('my app_1.0 (50%)~');
    expect(printableHeaderValue('a\tb\x7fc')).toBe('a%09b%7Fc');
  });

  test('sharedKey defaults to the id; close() before run() settles `closed`', async () => {
    const s = new Session({ name: 'n' });
    expect(s.sharedKey).toBe(s.id);
    await s.close();
    await expect(s.closed).resolves.toBeUndefined();
    expect(() => s.attach(echo())).toThrow(/before run/);
  });
});
