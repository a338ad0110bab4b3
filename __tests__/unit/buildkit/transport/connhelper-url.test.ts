import { describe, expect, test } from 'vitest';
import {
  ConnhelperUrlError,
  parseConnhelperUrl,
  queryGet,
  redactUrlPassword,
} from '../../../../src/buildkit/transport/connhelper-url.js';

// Expected values are what Go's net/url (Go 1.27: url.Parse, Hostname(), Port(), User, Path, RawQuery, Fragment,
// Query().Get) returns for the same strings: BuildKit's connection helpers see exactly that.
describe("parseConnhelperUrl parses like Go's url.Parse", () => {
  const parsed: Array<[string, Record<string, string>]> = [
    ['ssh://foo', { hostname: 'foo' }],
    [
      'ssh://me@foo:10022/s/o/c/k/e/t.sock',
      { hostname: 'foo', port: '10022', path: '/s/o/c/k/e/t.sock', username: 'me' },
    ],
    ['ssh://me:passw0rd@foo', { hostname: 'foo', username: 'me', password: 'passw0rd' }],
    ['ssh://me:@foo', { hostname: 'foo', username: 'me', password: '' }],
    ['ssh://me:pa:ss@foo', { hostname: 'foo', username: 'me', password: 'pa:ss' }],
    ['ssh://@foo', { hostname: 'foo', username: '' }],
    ['ssh://me%40corp@foo', { hostname: 'foo', username: 'me@corp' }],
    ['ssh://a@b@foo', { hostname: 'foo', username: 'a@b' }],
    ['ssh://foo?bar', { hostname: 'foo', rawQuery: 'bar' }],
    ['ssh://foo#bar', { hostname: 'foo', fragment: 'bar' }],
    ['ssh://foo?', { hostname: 'foo' }],
    ['ssh://foo#', { hostname: 'foo' }],
    ['ssh://foo/p?q#f', { hostname: 'foo', path: '/p', rawQuery: 'q', fragment: 'f' }],
    ['ssh://', {}],
    ['ssh://[::1]:22/x', { hostname: '::1', port: '22', path: '/x' }],
    ['ssh://[::1]', { hostname: '::1' }],
    ['ssh://[fe80::1%25eth0]:22', { hostname: 'fe80::1%eth0', port: '22' }],
    ['ssh://foo:', { hostname: 'foo' }],
    ['ssh://foo:22:33', { hostname: 'foo:22', port: '33' }],
    ['ssh://foo/a%20b', { hostname: 'foo', path: '/a b' }],
    ['ssh://foo/%2Frun', { hostname: 'foo', path: '//run' }],
    ['ssh://foo/x+y', { hostname: 'foo', path: '/x+y' }],
    ['ssh://f%C3%A9e', { hostname: 'fée' }],
    ['ssh://Foo.Example', { hostname: 'Foo.Example' }],
    ["ssh://f_o~o!$&'()*+,;=", { hostname: "f_o~o!$&'()*+,;=" }],
  ];
  test.each(parsed)('%s', (raw, fields) => {
    const u = parseConnhelperUrl(raw);
    expect(u).toEqual({ scheme: 'ssh', hostname: '', port: '', path: '', rawQuery: '', fragment: '', ...fields });
  });

  test('the scheme is lower-cased', () => {
    expect(parseConnhelperUrl('SSH://foo').scheme).toBe('ssh');
  });

  const refused: Array<[string, string]> = [
    ['ssh://foo:abc', 'invalid port ":abc" after host'],
    ['ssh://a b@foo', 'invalid userinfo'],
    ['ssh://foo/a%zz', 'invalid URL escape "%zz"'],
    ['ssh://fo o', 'invalid character " " in host name'],
    ['ssh://foo%41', 'invalid URL escape "%41" in host'],
    ['ssh://[::1', "missing ']' in host"],
    ['ssh://foo\u0001', 'invalid control character in URL'],
    ['foo', 'not a scheme://… URL'],
  ];
  test.each(refused)('refuses %j', (raw, why) => {
    expect(() => parseConnhelperUrl(raw)).toThrow(ConnhelperUrlError);
    expect(() => parseConnhelperUrl(raw)).toThrow(why);
  });
});

describe("queryGet is Go's Query().Get", () => {
  test.each([
    ['container=c&namespace=ns&context=user@cluster', 'context', 'user@cluster'],
    ['namespace=a&namespace=b', 'namespace', 'a'],
    ['context=a+b', 'context', 'a b'],
    ['context=a%20b', 'context', 'a b'],
    ['context=a;b', 'context', ''], // a pair with ";" is dropped
    ['context=a%zz&namespace=ns', 'context', ''], // a pair that does not unescape is dropped
    ['context=a%zz&namespace=ns', 'namespace', 'ns'],
    ['&&namespace=x&', 'namespace', 'x'],
    ['namespace', 'namespace', ''],
    ['', 'namespace', ''],
  ])('%j → %s', (raw, key, value) => {
    expect(queryGet(raw, key)).toBe(value);
  });
});

test("redactUrlPassword: only the password goes (Go's URL.Redacted)", () => {
  expect(redactUrlPassword('ssh://me:passw0rd@foo:22/sock?q#f')).toBe('ssh://me:xxxxx@foo:22/sock?q#f');
  expect(redactUrlPassword('ssh://me:p@ss@foo')).toBe('ssh://me:xxxxx@foo');
  expect(redactUrlPassword('ssh://me@foo:22')).toBe('ssh://me@foo:22');
  expect(redactUrlPassword('ssh://foo:22/a:b@c')).toBe('ssh://foo:22/a:b@c');
  expect(redactUrlPassword('my-builder')).toBe('my-builder');
});
