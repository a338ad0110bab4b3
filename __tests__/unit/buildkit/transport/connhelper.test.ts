import * as net from 'node:net';
import { describe, expect, test } from 'vitest';
import {
  formatCommand,
  lastStderrLine,
  ProcessStream,
  startCommandBridge,
  StdioCommandError,
} from '../../../../src/buildkit/transport/connhelper.js';

function collect(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    stream.on('data', (c: Buffer) => (out += c.toString('utf8')));
    stream.on('end', () => resolve(out));
    stream.on('error', reject);
  });
}

test('formatCommand quotes only what a shell would need quoted', () => {
  expect(formatCommand({ command: 'ssh', args: ['-l', 'me', '--', 'host', 'buildctl', 'dial-stdio'] })).toBe(
    'ssh -l me -- host buildctl dial-stdio',
  );
  expect(formatCommand({ command: 'kubectl', args: ['--context=', 'a b', ''] })).toBe('kubectl --context= "a b" ""');
});

test('lastStderrLine: the error comes last, after warnings', () => {
  expect(
    lastStderrLine("Warning: Permanently added '[127.0.0.1]:2222'\nroot@127.0.0.1: Permission denied (publickey).\n\n"),
  ).toBe('root@127.0.0.1: Permission denied (publickey).');
  expect(lastStderrLine(' \n')).toBeUndefined();
});

describe('ProcessStream', () => {
  test('stdin and stdout are the two directions of one stream', async () => {
    const s = new ProcessStream({ command: 'cat', args: [] });
    const out = collect(s);
    s.end('hello through cat');
    await expect(out).resolves.toBe('hello through cat');
  });

  test('a failing command: the command line and the last line of its stderr', async () => {
    const failure = new Promise<StdioCommandError>((resolve) => {
      new ProcessStream(
        { command: 'sh', args: ['-c', 'echo warming up >&2; echo "Permission denied (publickey)." >&2; exit 255'] },
        resolve,
      );
    });
    const err = await failure;
    expect(err).toBeInstanceOf(StdioCommandError);
    expect(err.message).toBe(
      'sh -c "echo warming up >&2; echo \\"Permission denied (publickey).\\" >&2; exit 255" failed: Permission denied (publickey).',
    );
    expect(err.stderr).toContain('warming up');
  });

  test('a command that is not on PATH', async () => {
    const err = await new Promise<StdioCommandError>((resolve) => {
      const s = new ProcessStream({ command: 'bakekit-no-such-command', args: [] }, resolve);
      s.on('error', () => undefined);
    });
    expect(err.message).toBe('cannot run bakekit-no-such-command: bakekit-no-such-command not found on PATH');
  });
});

test('startCommandBridge runs the command once per connection and records its failures', async () => {
  const echo = await startCommandBridge({ command: 'cat', args: [] });
  try {
    // (the bridge carries HTTP/2, which never half-closes: the test waits for the echo, then hangs up)
    for (const text of ['first', 'second']) {
      const socket = net.connect({ path: echo.socketPath });
      const echoed = new Promise<string>((resolve) => socket.once('data', (c: Buffer) => resolve(c.toString('utf8'))));
      socket.write(text);
      await expect(echoed).resolves.toBe(text);
      socket.destroy();
    }
  } finally {
    await echo.close();
  }
  const failing = await startCommandBridge({ command: 'sh', args: ['-c', 'echo "no such pod" >&2; exit 1'] });
  try {
    const failed = failing.failedTimes(1);
    net.connect({ path: failing.socketPath }).on('error', () => undefined);
    expect((await failed).message).toBe('sh -c "echo \\"no such pod\\" >&2; exit 1" failed: no such pod');
  } finally {
    await failing.close();
  }
});
