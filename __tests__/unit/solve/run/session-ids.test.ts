/**
 * Directory session ids (solve/run/session-ids.ts): a function of the directory's identity and path, in BuildKit's id
 * shape, never shared by two live sessions: a second holder gets a random id, a dead holder's lock is taken over. Nor
 * taken while the daemon may still hold it for an ended session (a release's recorded linger, or a dead holder's).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextReuseEnabled, dirSessionId, sessionIdFromDigest } from '../../../../src/solve/run/session-ids.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

const IDENTITY = 'a'.repeat(64);

describe('dirSessionId', () => {
  it('is stable for the same directory and identity, and changes with either', () => {
    const lockDir = tempDir('bakekit-locks-');
    const first = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect(first.id).toMatch(/^[0-9a-z]{25}$/);
    first.release();
    const again = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect(again.id).toBe(first.id);
    again.release();
    const otherIdentity = dirSessionId('/work/ctx', 'b'.repeat(64), { lockDir });
    const otherDir = dirSessionId('/work/other', IDENTITY, { lockDir });
    // another daemon (a run on several nodes serves the directory to each): its own id, no lock shared with the first
    const otherDaemon = dirSessionId('/work/ctx', IDENTITY, { lockDir, daemon: 'tcp://node2:1234' });
    expect(otherDaemon.id).toBeDefined();
    expect(new Set([first.id, otherIdentity.id, otherDir.id, otherDaemon.id]).size).toBe(4);
    otherIdentity.release();
    otherDir.release();
    otherDaemon.release();
    // no lock is left; each id's marker is (see below), and the stamp of the markers' last look-over
    expect(fs.readdirSync(lockDir).sort()).toEqual(
      [
        ...[first.id, otherIdentity.id, otherDir.id, otherDaemon.id].map((id) => `${id}.used`),
        `.pruned-${process.getuid!()}`,
      ].sort(),
    );
  });

  it('is none (the session gets a random one) when the directory has no identity', () => {
    const lockDir = tempDir('bakekit-locks-');
    expect(dirSessionId('/work/ctx', undefined, { lockDir }).id).toBeUndefined();
    expect(fs.readdirSync(lockDir)).toEqual([]);
  });

  it('never gives one id to two live holders: the second gets none (a random one)', () => {
    const lockDir = tempDir('bakekit-locks-');
    const held = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    const lock = path.join(lockDir, held.id!);
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir }).id).toBeUndefined();
    // held by another live process
    held.release();
    fs.writeFileSync(lock, `${os.hostname()} ${process.ppid}`); // our parent: alive
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir }).id).toBeUndefined();
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${os.hostname()} ${process.ppid}`);
    // another host's lock (a container sharing the directory): its pid means nothing here, so it is left alone
    fs.writeFileSync(lock, `another-host 999999`);
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir }).id).toBeUndefined();
  });

  it("takes over the lock of a process that is gone, and release leaves another holder's lock alone", () => {
    const lockDir = tempDir('bakekit-locks-');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const id = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    const lock = path.join(lockDir, id.id!);
    id.release();
    fs.writeFileSync(lock, `${os.hostname()} ${gone}`);
    const taken = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect(taken.id).toBe(id.id);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${os.hostname()} ${process.pid}`);
    fs.writeFileSync(lock, `${os.hostname()} ${process.ppid}`); // someone else's now
    taken.release();
    expect(fs.existsSync(lock)).toBe(true);
  });

  it('tells a new state from one seen before, whose session must be one the daemon forgets at its end', () => {
    const lockDir = tempDir('bakekit-locks-');
    const first = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect(first.seen).toBe(false);
    const marker = path.join(lockDir, `${first.id}.used`);
    // said before the session opens, so that a crash leaves it said
    expect(fs.readFileSync(marker, 'utf8')).toBe('open');
    first.release();
    expect(fs.readFileSync(marker, 'utf8')).toBe('until 0');
    const again = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect([again.id, again.seen]).toEqual([first.id, true]);
    again.release();
  });

  it('is none while the daemon may still hold the id for a session that took a lingering route', async () => {
    const lockDir = tempDir('bakekit-locks-');
    const first = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    const before = Date.now();
    first.release({ lingerMs: 300 });
    const until = Number(/^until (\d+)$/.exec(fs.readFileSync(path.join(lockDir, `${first.id}.used`), 'utf8'))![1]);
    expect(until).toBeGreaterThanOrEqual(before + 300);
    expect(until).toBeLessThanOrEqual(Date.now() + 300);
    const soon = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect(soon.id).toBeUndefined();
    // the lock it took to look was given back
    expect(fs.existsSync(path.join(lockDir, first.id!))).toBe(false);
    await new Promise((r) => setTimeout(r, until - Date.now() + 5));
    const later = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect([later.id, later.seen]).toEqual([first.id, true]);
    later.release();
  });

  it("after a holder died with a new state's session open, waits out a linger from now", () => {
    const lockDir = tempDir('bakekit-locks-');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const id = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    const marker = path.join(lockDir, `${id.id}.used`);
    // as a crash leaves it: the dead holder's lock, and its marker saying its session may be open
    fs.writeFileSync(path.join(lockDir, id.id!), `${os.hostname()} ${gone}`);
    expect(fs.readFileSync(marker, 'utf8')).toBe('open');
    const before = Date.now();
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir }).id).toBeUndefined();
    const until = Number(/^until (\d+)$/.exec(fs.readFileSync(marker, 'utf8'))![1]);
    expect(until).toBeGreaterThanOrEqual(before + 10_000);
    // a dead holder of an id seen before (its route is forgotten at its end) is simply taken over
    fs.writeFileSync(marker, 'until 0');
    fs.writeFileSync(path.join(lockDir, id.id!), `${os.hostname()} ${gone}`);
    const taken = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect([taken.id, taken.seen]).toEqual([id.id, true]);
    taken.release();
  });

  it('treats a new state as seen when its marker cannot be made, as lingering when it cannot be read', () => {
    const lockDir = tempDir('bakekit-locks-');
    const probe = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    probe.release();
    const marker = path.join(lockDir, `${probe.id}.used`);
    fs.rmSync(marker);
    // a dangling link: nothing to read, and nothing can be created there, so no linger could be recorded
    fs.symlinkSync(path.join(lockDir, 'missing', 'file'), marker);
    const unrecordable = dirSessionId('/work/ctx', IDENTITY, { lockDir });
    expect([unrecordable.id, unrecordable.seen]).toEqual([probe.id, true]);
    unrecordable.release();
    fs.rmSync(marker);
    fs.mkdirSync(marker); // cannot be read: the daemon might hold the id
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir }).id).toBeUndefined();
    expect(fs.existsSync(path.join(lockDir, probe.id!))).toBe(false);
  });

  it('removes markers of states not built for a week when it makes a new one', () => {
    const pruneDir = tempDir('bakekit-locks-');
    const old = path.join(pruneDir, 'x'.repeat(25) + '.used');
    const recent = path.join(pruneDir, 'y'.repeat(25) + '.used');
    fs.writeFileSync(old, 'until 0');
    fs.writeFileSync(recent, 'until 0');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    fs.utimesSync(old, eightDaysAgo, eightDaysAgo);
    const fresh = dirSessionId('/work/ctx', IDENTITY, { lockDir: pruneDir });
    expect(fresh.seen).toBe(false);
    fresh.release();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    // the look is stamped for this user, so that the next day's first new state is the next to look
    const stamp = path.join(pruneDir, `.pruned-${process.getuid!()}`);
    expect(Date.now() - fs.statSync(stamp).mtimeMs).toBeLessThan(60_000);
  });

  it('looks over the markers at most once a day: a stamp from today skips the look, an older or a future one does not', () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    const lookedToday = tempDir('bakekit-locks-');
    const lookedBefore = tempDir('bakekit-locks-');
    // a stamp from the future (a clock set back since) is no reason to wait
    const stampedAhead = tempDir('bakekit-locks-');
    for (const [dir, stampTime] of [
      [lookedToday, new Date(Date.now() - 3600_000)],
      [lookedBefore, twoDaysAgo],
      [stampedAhead, new Date(Date.now() + 3 * 24 * 3600_000)],
    ] as const) {
      const old = path.join(dir, 'x'.repeat(25) + '.used');
      fs.writeFileSync(old, 'until 0');
      fs.utimesSync(old, eightDaysAgo, eightDaysAgo);
      const stamp = path.join(dir, `.pruned-${process.getuid!()}`);
      fs.writeFileSync(stamp, '');
      fs.utimesSync(stamp, stampTime, stampTime);
      const fresh = dirSessionId('/work/ctx', IDENTITY, { lockDir: dir });
      expect(fresh.seen).toBe(false);
      fresh.release();
    }
    expect(fs.existsSync(path.join(lookedToday, 'x'.repeat(25) + '.used'))).toBe(true);
    expect(fs.existsSync(path.join(lookedBefore, 'x'.repeat(25) + '.used'))).toBe(false);
    expect(fs.existsSync(path.join(stampedAhead, 'x'.repeat(25) + '.used'))).toBe(false);
    expect(fs.statSync(path.join(lookedBefore, `.pruned-${process.getuid!()}`)).mtimeMs).toBeGreaterThan(
      twoDaysAgo.getTime() + 24 * 3600_000,
    );
  });

  it('falls back to a random id when the lock directory cannot be used', () => {
    const file = path.join(tempDir('bakekit-locks-'), 'not-a-dir');
    fs.writeFileSync(file, '');
    expect(dirSessionId('/work/ctx', IDENTITY, { lockDir: file }).id).toBeUndefined();
  });
});

describe('sessionIdFromDigest', () => {
  it('gives 25 base36 characters from the first 17 bytes', () => {
    expect(sessionIdFromDigest(Buffer.alloc(32))).toBe('0'.repeat(25));
    expect(sessionIdFromDigest(Buffer.alloc(32, 0xff))).toMatch(/^[0-9a-z]{25}$/);
    const a = Buffer.alloc(32);
    const b = Buffer.alloc(32);
    b[16] = 1;
    expect(sessionIdFromDigest(a)).not.toBe(sessionIdFromDigest(b));
  });
});

describe('contextReuseEnabled', () => {
  it('is on unless BAKEKIT_CONTEXT_REUSE says 0 or false', () => {
    expect(contextReuseEnabled({})).toBe(true);
    expect(contextReuseEnabled({ BAKEKIT_CONTEXT_REUSE: '1' })).toBe(true);
    expect(contextReuseEnabled({ BAKEKIT_CONTEXT_REUSE: '0' })).toBe(false);
    expect(contextReuseEnabled({ BAKEKIT_CONTEXT_REUSE: ' False ' })).toBe(false);
  });
});
