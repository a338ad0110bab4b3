/**
 * A file the running user may not read (EACCES/EPERM at open) fails the transfer with an ERR naming it, in
 * fsutil's words (`open /ctx/secret.txt: permission denied`); a file that vanished after its STAT is sent empty.
 * Root reads everything, so the open errors are injected here; __tests__/integration/solve/context-bytes.test.ts runs
 * the CLI as a non-root user against the real daemon.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** basename → errno the next opens of it fail with */
const failOpen = new Map<string, string>();

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const check = (p: fs.PathLike) => {
    const code = failOpen.get(path.basename(String(p)));
    if (code) throw Object.assign(new Error(`${code}: injected, open '${String(p)}'`), { code });
  };
  const openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
    check(p);
    return (real.openSync as (...a: unknown[]) => number)(p, ...rest);
  }) as typeof real.openSync;
  const promises = {
    ...real.promises,
    open: async (p: fs.PathLike, ...rest: unknown[]) => {
      check(p);
      return (real.promises.open as (...a: unknown[]) => Promise<fs.promises.FileHandle>)(p, ...rest);
    },
  };
  return { ...real, default: { ...real, openSync, promises }, openSync, promises };
});

const { rawCodec, streamChannel } = await import('../../../../src/buildkit/fsutil/channel.js');
const { receiveTree } = await import('../../../../src/buildkit/fsutil/receiver.js');
const { sendTree, SMALL_FILE_SIZE } = await import('../../../../src/buildkit/fsutil/sender.js');
const { resolveRoot, openTreeWalk } = await import('../../../../src/buildkit/fsutil/walker.js');
const { PacketType } = await import('../../../../src/buildkit/proto/fsutil.js');
const { duplexPair, tempDir } = await import('./helpers.js');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
  failOpen.clear();
});
afterEach(() => tmp.cleanup());

/** Sender and receiver over protobuf bytes; what each side ended with. */
async function transfer(src: string) {
  const [a, b] = duplexPair(2);
  const root = await resolveRoot(src);
  const errs: string[] = [];
  const sent = sendTree(streamChannel(a, rawCodec), root, openTreeWalk(root)).then(
    () => a.end(),
    (err: Error) => {
      a.end();
      throw err;
    },
  );
  const received = receiveTree(streamChannel(b, rawCodec), path.join(tmp.dir, 'dest'));
  const [s, r] = await Promise.allSettled([sent, received]);
  for (const x of [s, r]) if (x.status === 'rejected') errs.push((x.reason as Error).message);
  return { sender: s, receiver: r, errs };
}

describe('a requested file that cannot be opened', () => {
  for (const [size, what] of [
    [10, 'small (one synchronous read)'],
    [SMALL_FILE_SIZE + 10, 'large (streamed)'],
  ] as const) {
    it(`EACCES fails the transfer naming the file, on both sides: ${what}`, async () => {
      const src = path.join(tmp.dir, 'ctx');
      fs.mkdirSync(src);
      fs.writeFileSync(path.join(src, 'ok.txt'), 'fine');
      fs.writeFileSync(path.join(src, 'secret.txt'), Buffer.alloc(size, 1));
      failOpen.set('secret.txt', 'EACCES');
      const { sender, receiver } = await transfer(src);
      const expected = `open ${fs.realpathSync(src)}/secret.txt: permission denied`;
      expect(sender.status).toBe('rejected');
      expect(((sender as PromiseRejectedResult).reason as Error).message).toBe(expected);
      // the receiver (the daemon, in a build) gets an ERR with the same text: "error from sender: open …"
      expect(receiver.status).toBe('rejected');
      expect(((receiver as PromiseRejectedResult).reason as Error).message).toBe(`error from sender: ${expected}`);
    });
  }

  it('EPERM too (operation not permitted)', async () => {
    const src = path.join(tmp.dir, 'ctx');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'locked'), 'x');
    failOpen.set('locked', 'EPERM');
    const { errs } = await transfer(src);
    expect(errs[0]).toBe(`open ${fs.realpathSync(src)}/locked: operation not permitted`);
  });

  it('ENOENT (vanished after its STAT) is sent empty, as fsutil does', async () => {
    const src = path.join(tmp.dir, 'ctx');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'gone'), 'was here');
    failOpen.set('gone', 'ENOENT');
    const { sender, receiver, errs } = await transfer(src);
    expect(errs).toEqual([]);
    expect(sender.status).toBe('fulfilled');
    expect(receiver.status).toBe('fulfilled');
    expect(fs.readFileSync(path.join(tmp.dir, 'dest/gone'), 'utf8')).toBe('');
  });
});

it('PacketType is the fsutil enum (sanity for the ERR check above)', () => {
  expect(PacketType.ERR).toBe(4);
});
