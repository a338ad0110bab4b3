/**
 * What light-crypto leaves to node:crypto (src/buildkit/light-crypto/): nothing for an input up to TAKEOVER_BYTES,
 * a longer one whole; random bytes only where /dev/urandom cannot be read or is not a device.
 */
import * as fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ createHash: 0, randomBytes: 0 }));

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    createHash: (...args: Parameters<typeof real.createHash>) => {
      calls.createHash++;
      return real.createHash(...args);
    },
    randomBytes: (n: number) => {
      calls.randomBytes++;
      return real.randomBytes(n);
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, openSync: vi.fn(real.openSync), fstatSync: vi.fn(real.fstatSync) };
});

const { TAKEOVER_BYTES, sha256 } = await import('../../../../src/buildkit/light-crypto/sha256.js');

afterEach(() => {
  calls.createHash = 0;
  calls.randomBytes = 0;
  vi.mocked(fs.openSync).mockRestore();
  vi.mocked(fs.fstatSync).mockRestore();
  vi.resetModules();
});

describe('sha256', () => {
  it('asks node:crypto for nothing up to TAKEOVER_BYTES, in one piece or many', () => {
    sha256().update(new Uint8Array(TAKEOVER_BYTES)).digest('hex');
    const h = sha256();
    for (let i = 0; i < TAKEOVER_BYTES / 64; i++) h.update(new Uint8Array(64));
    h.digest();
    expect(calls.createHash).toBe(0);
  });

  it('hands a longer input to node:crypto once', () => {
    const h = sha256();
    for (let i = 0; i <= TAKEOVER_BYTES / 64; i++) h.update(new Uint8Array(64));
    h.update('more').digest('hex');
    expect(calls.createHash).toBe(1);
  });
});

describe('randomBytes', () => {
  const fresh = async () => (await import('../../../../src/buildkit/light-crypto/random.js')).randomBytes;

  it('reads /dev/urandom and asks node:crypto for nothing', async () => {
    const randomBytes = await fresh();
    expect(randomBytes(32)).toHaveLength(32);
    expect(vi.mocked(fs.openSync)).toHaveBeenCalledWith('/dev/urandom', 'r');
    expect(calls.randomBytes).toBe(0);
  });

  it('asks node:crypto where /dev/urandom cannot be opened', async () => {
    vi.mocked(fs.openSync).mockImplementation(() => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    });
    const randomBytes = await fresh();
    const bytes = randomBytes(16);
    expect(bytes).toHaveLength(16);
    expect(calls.randomBytes).toBe(1);
  });

  it('asks node:crypto where /dev/urandom is not a character device (a file planted in its place)', async () => {
    vi.mocked(fs.fstatSync).mockImplementation(() => ({ isCharacterDevice: () => false }) as fs.Stats);
    const randomBytes = await fresh();
    expect(randomBytes(8)).toHaveLength(8);
    expect(vi.mocked(fs.fstatSync)).toHaveBeenCalled(); // it was opened, and refused for what it is
    expect(calls.randomBytes).toBe(1);
  });
});
