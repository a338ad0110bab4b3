/** Keepalive settings (src/buildkit/transport/keepalive.ts) and the probe that tells "frozen" from "gone". */
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as http2 from 'node:http2';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KEEPALIVE, keepaliveSettings, pingProbe } from '../../../../src/buildkit/transport/keepalive.js';

describe('keepaliveSettings', () => {
  it('defaults: a ping every 5 minutes while calls are in flight (the daemons allow no more), 60 s to answer', () => {
    expect(keepaliveSettings({})).toEqual({ intervalMs: 300_000, timeoutMs: 60_000 });
    expect(DEFAULT_KEEPALIVE.intervalMs).toBeGreaterThanOrEqual(5 * 60_000);
  });

  it('BAKEKIT_KEEPALIVE_INTERVAL / _TIMEOUT in seconds; the timeout defaults to at most the interval', () => {
    expect(keepaliveSettings({ BAKEKIT_KEEPALIVE_INTERVAL: '2' })).toEqual({ intervalMs: 2000, timeoutMs: 2000 });
    expect(keepaliveSettings({ BAKEKIT_KEEPALIVE_INTERVAL: '0.5', BAKEKIT_KEEPALIVE_TIMEOUT: '1.5' })).toEqual({
      intervalMs: 500,
      timeoutMs: 1500,
    });
    expect(() => keepaliveSettings({ BAKEKIT_KEEPALIVE_INTERVAL: 'soon' })).toThrow(
      /BAKEKIT_KEEPALIVE_INTERVAL="soon": expected a positive number of seconds/,
    );
    expect(() => keepaliveSettings({ BAKEKIT_KEEPALIVE_TIMEOUT: '0' })).toThrow(/BAKEKIT_KEEPALIVE_TIMEOUT/);
  });
});

describe('pingProbe', () => {
  const sock = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-ka-')), 's.sock');
  const dial = (p: string) => () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ path: p }, () => resolve(s));
      s.once('error', reject);
    });

  it('an HTTP/2 server answers', async () => {
    const p = sock();
    const server = http2.createServer().listen(p);
    await new Promise((r) => server.once('listening', r));
    try {
      expect(await pingProbe(dial(p), 2000)).toBe('answered');
    } finally {
      server.close();
    }
  });

  it('a listener that accepts and never speaks is silent; nothing listening is an error', async () => {
    const p = sock();
    const held: net.Socket[] = [];
    const server = net.createServer((s) => held.push(s)).listen(p);
    await new Promise((r) => server.once('listening', r));
    try {
      const started = Date.now();
      expect(await pingProbe(dial(p), 300)).toBe('silent');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const s of held) s.destroy();
      server.close();
    }
    const gone = await pingProbe(dial(p), 300);
    expect(gone).toBeInstanceOf(Error);
  });
});
