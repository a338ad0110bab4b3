import { describe, expect, test } from 'vitest';
import { ConnhelperUrlError } from '../../../../src/buildkit/transport/connhelper-url.js';
import { describeSsh, parseSshUrl, sshCommand, type SshSpec } from '../../../../src/buildkit/transport/ssh.js';

describe('parseSshUrl: moby/buildkit client/connhelper/ssh ssh_test.go', () => {
  const cases: Array<[string, SshSpec | null]> = [
    ['ssh://foo', { host: 'foo' }],
    ['ssh://me@foo:10022/s/o/c/k/e/t.sock', { user: 'me', host: 'foo', port: '10022', socket: '/s/o/c/k/e/t.sock' }],
    ['ssh://me:passw0rd@foo', null],
    ['ssh://foo/bar', { host: 'foo', socket: '/bar' }],
    ['ssh://foo?bar', null],
    ['ssh://foo#bar', null],
    ['ssh://', null],
  ];
  test.each(cases)('%s', (url, expected) => {
    if (expected) expect(parseSshUrl(url)).toEqual(expected);
    else expect(() => parseSshUrl(url)).toThrow(ConnhelperUrlError);
  });
});

describe('parseSshUrl: what ssh.go accepts and refuses', () => {
  test('its messages', () => {
    expect(() => parseSshUrl('ssh://me:passw0rd@foo')).toThrow('plain-text password is not supported');
    expect(() => parseSshUrl('ssh://me:@foo')).toThrow('plain-text password is not supported'); // an empty one too
    expect(() => parseSshUrl('ssh://')).toThrow('no host specified');
    expect(() => parseSshUrl('ssh://me@')).toThrow('no host specified');
    // no socket= query: the socket is the URL's path
    expect(() => parseSshUrl('ssh://foo?socket=/run/buildkit/buildkitd.sock')).toThrow(
      'extra query after the host: "socket=/run/buildkit/buildkitd.sock"',
    );
    expect(() => parseSshUrl('ssh://foo#bar')).toThrow('extra fragment after the host: "bar"');
  });

  test('an empty query or fragment, an empty user, a bare port colon', () => {
    expect(parseSshUrl('ssh://foo?')).toEqual({ host: 'foo' });
    expect(parseSshUrl('ssh://foo#')).toEqual({ host: 'foo' });
    expect(parseSshUrl('ssh://@foo:')).toEqual({ host: 'foo' });
  });

  test('IPv6 hosts lose their brackets; user and path are percent-decoded', () => {
    expect(parseSshUrl('ssh://[::1]:2222')).toEqual({ host: '::1', port: '2222' });
    expect(parseSshUrl('ssh://me%40corp@h/run/%62k.sock')).toEqual({
      user: 'me@corp',
      host: 'h',
      socket: '/run/bk.sock',
    });
  });

  test('argument injection: a user or host beginning with "-" is refused', () => {
    expect(() => parseSshUrl('ssh://-oProxyCommand=touch%20x')).toThrow(ConnhelperUrlError);
    expect(() => parseSshUrl('ssh://-oProxyCommand=x')).toThrow('host "-oProxyCommand=x" begins with "-"');
    expect(() => parseSshUrl('ssh://-oProxyCommand=x@host')).toThrow('user "-oProxyCommand=x" begins with "-"');
    expect(parseSshUrl('ssh://me-too@host-1')).toEqual({ user: 'me-too', host: 'host-1' });
  });

  test('a socket path the remote shell would interpret is refused', () => {
    expect(() => parseSshUrl('ssh://h/tmp/x;rm%20-rf%20~')).toThrow(
      /socket path "\/tmp\/x;rm -rf ~" has characters the remote shell would interpret/,
    );
    expect(() => parseSshUrl('ssh://h/run/$(id)')).toThrow(/remote shell/);
    expect(() => parseSshUrl('ssh://h/a%20b')).toThrow(/remote shell/);
    expect(parseSshUrl('ssh://h/run/user/1000/buildkit/buildkitd.sock').socket).toBe(
      '/run/user/1000/buildkit/buildkitd.sock',
    );
  });
});

describe("sshCommand: ssh.go's argv", () => {
  test('host only', () => {
    expect(sshCommand({ host: 'foo' })).toEqual({ command: 'ssh', args: ['--', 'foo', 'buildctl', 'dial-stdio'] });
  });

  test('user, port and socket', () => {
    expect(sshCommand(parseSshUrl('ssh://me@foo:10022/s/o/c/k/e/t.sock'))).toEqual({
      command: 'ssh',
      args: ['-l', 'me', '-p', '10022', '--', 'foo', 'buildctl', '--addr', 'unix:///s/o/c/k/e/t.sock', 'dial-stdio'],
    });
  });

  test('an IPv6 host is passed bare', () => {
    expect(sshCommand(parseSshUrl('ssh://[::1]:22')).args).toEqual(['-p', '22', '--', '::1', 'buildctl', 'dial-stdio']);
  });
});

test('describeSsh gives the URL back', () => {
  for (const url of ['ssh://foo', 'ssh://me@foo:10022/s/o/c/k/e/t.sock', 'ssh://[::1]:22']) {
    expect(describeSsh(parseSshUrl(url))).toBe(url);
  }
  expect(describeSsh({ host: 'h', user: 'me@corp' })).toBe('ssh://me%40corp@h');
});
